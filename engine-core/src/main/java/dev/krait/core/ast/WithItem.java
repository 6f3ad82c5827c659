package dev.krait.core.ast;

/** One context manager of a {@code with} statement. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {}
