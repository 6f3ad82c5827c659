package dev.krait.core.ast;

import java.util.List;

/** The root of a parsed source: a module, an interactive statement, or an expression. */
public sealed interface Mod extends Node {

  record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}

  record Interactive(List<Stmt> body) implements Mod {}

  record Expression(Expr body) implements Mod {}
}
