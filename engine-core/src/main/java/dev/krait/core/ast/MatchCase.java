package dev.krait.core.ast;

import java.util.List;

/** One {@code case} clause of a {@code match} statement. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {}
