package dev.krait.core.ast;

/** One parameter of a function or lambda. */
public record Arg(
    String arg,
    Expr annotation,
    String typeComment,
    int start,
    int end)
    implements Located {}
