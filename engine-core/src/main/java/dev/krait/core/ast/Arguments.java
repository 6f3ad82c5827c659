package dev.krait.core.ast;

import java.util.List;

/** The parameters of a function or lambda. */
public record Arguments(
    List<Arg> posonlyargs,
    List<Arg> args,
    Arg vararg,
    List<Arg> kwonlyargs,
    List<Expr> kwDefaults,
    Arg kwarg,
    List<Expr> defaults)
    implements Node {}
