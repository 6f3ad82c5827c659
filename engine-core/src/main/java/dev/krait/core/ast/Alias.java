package dev.krait.core.ast;

/** A name in an import statement, with its optional {@code as} name. */
public record Alias(String name, String asname, int start, int end) implements Located {}
