package dev.krait.core.ast;

/**
 * A node of the abstract syntax tree, shaped and named as in CPython 3.11's {@code ast} module.
 *
 * <p>Nodes are immutable records whose components follow the order of CPython's {@code _fields}
 * (in camelCase: {@code decorator_list} is {@code decoratorList}); {@link AstDump} prints them
 * exactly as {@code ast.dump} does. An optional field ({@code expr?}) is {@code null} when
 * absent; a sequence field ({@code expr*}) is a never-null, immutable list.
 */
public sealed interface Node
    permits Mod, Located, Arguments, WithItem, MatchCase, Comprehension, TypeIgnore {}
