package dev.krait.core.ast;

import java.util.List;

/** A statement node, one record per kind of statement in CPython's {@code ast} module. */
public sealed interface Stmt extends Located {

  record FunctionDef(
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decoratorList,
      Expr returns,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record AsyncFunctionDef(
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decoratorList,
      Expr returns,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record ClassDef(
      String name,
      List<Expr> bases,
      List<Keyword> keywords,
      List<Stmt> body,
      List<Expr> decoratorList,
      int start,
      int end)
      implements Stmt {}

  record Return(Expr value, int start, int end) implements Stmt {}

  record Delete(List<Expr> targets, int start, int end) implements Stmt {}

  record Assign(
      List<Expr> targets,
      Expr value,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record AugAssign(Expr target, Operator op, Expr value, int start, int end) implements Stmt {}

  record AnnAssign(
      Expr target,
      Expr annotation,
      Expr value,
      int simple,
      int start,
      int end)
      implements Stmt {}

  record For(
      Expr target,
      Expr iter,
      List<Stmt> body,
      List<Stmt> orelse,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record AsyncFor(
      Expr target,
      Expr iter,
      List<Stmt> body,
      List<Stmt> orelse,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record While(Expr test, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {}

  record If(Expr test, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {}

  record With(
      List<WithItem> items,
      List<Stmt> body,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record AsyncWith(
      List<WithItem> items,
      List<Stmt> body,
      String typeComment,
      int start,
      int end)
      implements Stmt {}

  record Match(Expr subject, List<MatchCase> cases, int start, int end) implements Stmt {}

  record Raise(Expr exc, Expr cause, int start, int end) implements Stmt {}

  record Try(
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orelse,
      List<Stmt> finalbody,
      int start,
      int end)
      implements Stmt {}

  record TryStar(
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orelse,
      List<Stmt> finalbody,
      int start,
      int end)
      implements Stmt {}

  record Assert(Expr test, Expr msg, int start, int end) implements Stmt {}

  record Import(List<Alias> names, int start, int end) implements Stmt {}

  record ImportFrom(
      String module,
      List<Alias> names,
      int level,
      int start,
      int end)
      implements Stmt {}

  record Global(List<String> names, int start, int end) implements Stmt {}

  record Nonlocal(List<String> names, int start, int end) implements Stmt {}

  /** An expression evaluated as a statement: CPython's {@code Expr} statement. */
  record ExprStmt(Expr value, int start, int end) implements Stmt {}

  record Pass(int start, int end) implements Stmt {}

  record Break(int start, int end) implements Stmt {}

  record Continue(int start, int end) implements Stmt {}
}
