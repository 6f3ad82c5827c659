package dev.krait.core.ast;

/** A {@code # type: ignore} comment (kept for the shape of {@code Module}; never produced). */
public record TypeIgnore(int lineno, String tag) implements Node {}
