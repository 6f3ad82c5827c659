package dev.krait.core.ast;

import java.util.List;

/** One {@code except} clause of a {@code try} statement. */
public record ExceptHandler(
    Expr type,
    String name,
    List<Stmt> body,
    int start,
    int end)
    implements Located {}
