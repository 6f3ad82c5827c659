package dev.krait.core.compiler;

import dev.krait.core.ast.ExceptHandler;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Stmt;
import dev.krait.core.ast.WithItem;
import dev.krait.core.bytecode.Label;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.compiler.Compiler.Access;
import dev.krait.core.compiler.Compiler.Block;
import dev.krait.core.compiler.Compiler.BlockKind;
import dev.krait.core.runtime.PyNone;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Compiles statements: one method per statement kind, control blocks and their unwinding. */
final class Statements {

  private final Compiler c;

  Statements(Compiler c) {
    this.c = c;
  }

  void body(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  /**
   * Compiles a module or class body; a docstring is not run but stored as {@code __doc__}
   * (CPython's compiler_body).
   */
  void namespaceBody(List<Stmt> body) {
    Expr.Constant doc = docstring(body);
    if (doc == null) {
      body(body);
      return;
    }
    c.at(body.get(0));
    c.constant(doc.value(), doc);
    c.name("__doc__", Access.STORE);
    body(body.subList(1, body.size()));
  }

  /** Returns the docstring of a body (a first statement that is a str constant), or null. */
  static Expr.Constant docstring(List<Stmt> body) {
    if (!body.isEmpty()
        && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant k
        && (k.value() instanceof String || k.value() instanceof Expr.CodePoints)) {
      return k;
    }
    return null;
  }

  void stmt(Stmt s) {
    c.at(s);
    if (s instanceof Stmt.ExprStmt e) {
      exprStmt(e);
    } else if (s instanceof Stmt.Assign a) {
      assign(a);
    } else if (s instanceof Stmt.AugAssign a) {
      augAssign(a);
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.If i) {
      ifStmt(i);
    } else if (s instanceof Stmt.While w) {
      whileStmt(w);
    } else if (s instanceof Stmt.For f) {
      forStmt(s, f.target(), f.iter(), f.body(), f.orelse(), false);
    } else if (s instanceof Stmt.Break b) {
      breakStmt(b);
    } else if (s instanceof Stmt.Continue k) {
      continueStmt(k);
    } else if (s instanceof Stmt.Return r) {
      returnStmt(r);
    } else if (s instanceof Stmt.FunctionDef f) {
      c.functions.functionDef(f);
    } else if (s instanceof Stmt.ClassDef k) {
      c.functions.classDef(k);
    } else if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
      c.emit(Opcode.NOP);
    } else if (s instanceof Stmt.Delete d) {
      for (Expr t : d.targets()) {
        c.expressions.target(t, Access.DELETE);
      }
    } else if (s instanceof Stmt.Raise r) {
      raise(r);
    } else if (s instanceof Stmt.Try t) {
      tryFinally(t.finalbody(), t.handlers().isEmpty() ? () -> body(t.body()) : () -> tryExcept(t));
    } else if (s instanceof Stmt.TryStar t) {
      tryFinally(t.finalbody(), () -> tryExceptStar(t));
    } else if (s instanceof Stmt.Assert a) {
      assertStmt(a);
    } else if (s instanceof Stmt.With w) {
      withStmt(s, w.items(), w.body(), 0, false);
    } else if (s instanceof Stmt.AsyncWith w) {
      checkAsync(s, "'async with' outside async function");
      withStmt(s, w.items(), w.body(), 0, true);
    } else if (s instanceof Stmt.AsyncFor f) {
      checkAsync(s, "'async for' outside async function");
      forStmt(s, f.target(), f.iter(), f.body(), f.orelse(), true);
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      c.functions.asyncFunctionDef(f);
    } else if (s instanceof Stmt.Match m) {
      c.patterns.match(m);
    } else if (s instanceof Stmt.Import i) {
      c.imports.importStmt(i);
    } else if (s instanceof Stmt.ImportFrom i) {
      c.imports.importFrom(i);
    } else {
      throw c.notImplemented(describe(s), s);
    }
  }

  private static String describe(Stmt s) {
    if (s instanceof Stmt.ClassDef) {
      return "'class'";
    } else if (s instanceof Stmt.Match) {
      return "'match'";
    } else if (s instanceof Stmt.TryStar) {
      return "'except*'";
    }
    return s.getClass().getSimpleName();
  }

  // Expr
  private void exprStmt(Stmt.ExprStmt s) {
    c.expressions.expr(s.value());
    c.at(s);
    c.emit(c.interactive && c.unit.parent == null ? Opcode.PRINT_EXPR : Opcode.POP_TOP);
  }

  // Assign: targets '=' value
  private void assign(Stmt.Assign s) {
    c.expressions.expr(s.value());
    List<Expr> targets = s.targets();
    for (int i = 0; i < targets.size(); i++) {
      if (i < targets.size() - 1) {
        c.emit(Opcode.COPY, 1);
      }
      c.expressions.target(targets.get(i), Access.STORE);
    }
  }

  // AugAssign: target op= value
  private void augAssign(Stmt.AugAssign s) {
    Expr t = s.target();
    int op = Expressions.binaryArg(s.op()) + 13;
    if (t instanceof Expr.Name n) {
      c.name(n.id(), Access.LOAD);
      c.expressions.expr(s.value());
      c.at(s);
      c.emit(Opcode.BINARY_OP, op);
      c.name(n.id(), Access.STORE);
    } else if (t instanceof Expr.Attribute a) {
      c.expressions.expr(a.value());
      c.emit(Opcode.COPY, 1);
      c.emit(Opcode.LOAD_ATTR, c.asm().name(c.mangle(a.attr())));
      c.expressions.expr(s.value());
      c.at(s);
      c.emit(Opcode.BINARY_OP, op);
      c.emit(Opcode.SWAP, 2);
      c.emit(Opcode.STORE_ATTR, c.asm().name(c.mangle(a.attr())));
    } else if (t instanceof Expr.Subscript sub) {
      c.expressions.expr(sub.value());
      c.expressions.subscriptKey(sub);
      c.emit(Opcode.COPY, 2);
      c.emit(Opcode.COPY, 2);
      c.emit(Opcode.BINARY_SUBSCR);
      c.expressions.expr(s.value());
      c.at(s);
      c.emit(Opcode.BINARY_OP, op);
      c.emit(Opcode.SWAP, 3);
      c.emit(Opcode.SWAP, 2);
      c.emit(Opcode.STORE_SUBSCR);
    } else {
      throw c.error("'" + t.getClass().getSimpleName() + "' is an illegal expression for"
          + " augmented assignment", t);
    }
  }

  // AnnAssign: target ':' annotation ['=' value]
  private void annAssign(Stmt.AnnAssign s) {
    if (s.value() != null) {
      c.expressions.expr(s.value());
      c.expressions.target(s.target(), Access.STORE);
    } else if (!(s.target() instanceof Expr.Name)) {
      c.expressions.expr(s.target() instanceof Expr.Attribute a ? a.value()
          : ((Expr.Subscript) s.target()).value());
      c.emit(Opcode.POP_TOP);
    }
    if (c.unit.isFunction()) {
      return;
    }
    // Module and class bodies evaluate annotations: a simple name's goes in __annotations__.
    // Under the annotations future, a simple name's is its source text and others are skipped.
    boolean simpleName = s.simple() != 0 && s.target() instanceof Expr.Name;
    if (c.symbols.future().annotations() && !simpleName) {
      return;
    }
    c.functions.annotation(s.annotation());
    if (simpleName && s.target() instanceof Expr.Name n) {
      c.emit(Opcode.LOAD_NAME, c.asm().name("__annotations__"));
      c.emitConst(n.id(), dev.krait.core.runtime.PyStr.of(n.id()));
      c.emit(Opcode.STORE_SUBSCR);
    } else {
      c.emit(Opcode.POP_TOP);
    }
  }

  /**
   * Whether a module or class body holds an annotated assignment outside nested functions and
   * classes (CPython's find_ann): such a body starts with SETUP_ANNOTATIONS.
   */
  static boolean hasAnnotations(List<Stmt> body) {
    for (Stmt s : body) {
      boolean found =
          s instanceof Stmt.AnnAssign
              || (s instanceof Stmt.For f
                  && (hasAnnotations(f.body()) || hasAnnotations(f.orelse())))
              || (s instanceof Stmt.AsyncFor f
                  && (hasAnnotations(f.body()) || hasAnnotations(f.orelse())))
              || (s instanceof Stmt.While w
                  && (hasAnnotations(w.body()) || hasAnnotations(w.orelse())))
              || (s instanceof Stmt.If i
                  && (hasAnnotations(i.body()) || hasAnnotations(i.orelse())))
              || (s instanceof Stmt.With w && hasAnnotations(w.body()))
              || (s instanceof Stmt.AsyncWith w && hasAnnotations(w.body()))
              || (s instanceof Stmt.Try t && tryHasAnnotations(
                  t.body(), t.handlers(), t.orelse(), t.finalbody()))
              || (s instanceof Stmt.TryStar t && tryHasAnnotations(
                  t.body(), t.handlers(), t.orelse(), t.finalbody()))
              || (s instanceof Stmt.Match m
                  && m.cases().stream().anyMatch(k -> hasAnnotations(k.body())));
      if (found) {
        return true;
      }
    }
    return false;
  }

  private static boolean tryHasAnnotations(
      List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
    return hasAnnotations(body)
        || handlers.stream().anyMatch(h -> hasAnnotations(h.body()))
        || hasAnnotations(orelse)
        || hasAnnotations(finalbody);
  }

  // If: 'if' test ':' body ('elif' ... | 'else' ':' orelse)
  private void ifStmt(Stmt.If s) {
    Label end = c.label();
    Label otherwise = s.orelse().isEmpty() ? end : c.label();
    c.expressions.jumpIf(s.test(), false, otherwise);
    body(s.body());
    if (!s.orelse().isEmpty()) {
      c.jumpTo(end);
      c.bind(otherwise);
      body(s.orelse());
    }
    c.bind(end);
  }

  // While: 'while' test ':' body ['else' ':' orelse]
  private void whileStmt(Stmt.While s) {
    Label start = c.label();
    Label otherwise = c.label();
    Label end = c.label();
    c.bind(start);
    c.expressions.jumpIf(s.test(), false, otherwise);
    c.unit.blocks.push(new Block(BlockKind.WHILE_LOOP, start, end, null, null, null));
    body(s.body());
    c.unit.blocks.pop();
    c.at(s);
    c.jumpTo(start);
    c.bind(otherwise);
    body(s.orelse());
    c.bind(end);
  }

  // For: ['async'] 'for' target 'in' iter ':' body ['else' ':' orelse]
  private void forStmt(
      Stmt s, Expr target, Expr iter, List<Stmt> loopBody, List<Stmt> orelse, boolean async) {
    Label start = c.label();
    Label exhausted = c.label();
    Label end = c.label();
    c.expressions.expr(iter);
    c.at(iter);
    c.emit(async ? Opcode.GET_AITER : Opcode.GET_ITER);
    c.bind(start);
    c.at(s);
    if (async) {
      anext(exhausted);
    } else {
      c.jump(Opcode.FOR_ITER, exhausted);
    }
    c.expressions.target(target, Access.STORE);
    c.unit.blocks.push(new Block(BlockKind.FOR_LOOP, start, end, null, null, null));
    body(loopBody);
    c.unit.blocks.pop();
    c.at(s);
    c.jumpTo(start);
    c.bind(exhausted);
    if (async) {
      c.emit(Opcode.END_ASYNC_FOR);
    }
    body(orelse);
    c.bind(end);
  }

  /**
   * Emits the await of {@code __anext__()} of the async iterator on top, pushing the next item;
   * StopAsyncIteration goes to {@code exhausted}, which must hold END_ASYNC_FOR.
   */
  void anext(Label exhausted) {
    c.asm().pushHandler(exhausted);
    c.emit(Opcode.GET_ANEXT);
    c.expressions.yieldFromTop();
    c.asm().popHandler();
  }

  private void checkAsync(Stmt s, String message) {
    if (!c.unit.allowsAwait()) {
      throw c.error(message, s);
    }
  }

  // Break: 'break'
  private void breakStmt(Stmt.Break s) {
    checkNotInExceptStar(s, true);
    Unwound u = new Unwound();
    Block loop = unwindToLoop(s, "'break' outside loop", u);
    if (loop.kind() == BlockKind.FOR_LOOP) {
      c.emit(Opcode.POP_TOP);
    }
    c.jumpTo(loop.exit());
    rewind(u);
  }

  // Continue: 'continue'
  private void continueStmt(Stmt.Continue s) {
    checkNotInExceptStar(s, true);
    Unwound u = new Unwound();
    Block loop = unwindToLoop(s, "'continue' not properly in loop", u);
    c.jumpTo(loop.start());
    rewind(u);
  }

  /** What an unwinding jump took off the block and handler stacks, to put back after it. */
  private static final class Unwound {
    final List<Object> suspended = new ArrayList<>();
    final List<Block> popped = new ArrayList<>();
  }

  /**
   * Emits the unwinding of every block inside the innermost loop and returns the loop, leaving
   * the blocks popped until {@link #rewind}.
   */
  private Block unwindToLoop(Stmt s, String message, Unwound u) {
    for (Block b : c.unit.blocks) {
      if (b.kind() == BlockKind.WHILE_LOOP || b.kind() == BlockKind.FOR_LOOP) {
        while (c.unit.blocks.peek() != b) {
          unwind(c.unit.blocks.peek(), false, u);
        }
        return b;
      }
    }
    throw c.error(message, s);
  }

  /** Emits the clean-up of the innermost block, which it pops (and {@link #rewind} restores). */
  private void unwind(Block b, boolean preserveTop, Unwound u) {
    c.unit.blocks.pop();
    u.popped.add(b);
    switch (b.kind()) {
      case FOR_LOOP:
        if (preserveTop) {
          c.emit(Opcode.SWAP, 2);
        }
        c.emit(Opcode.POP_TOP);
        break;
      case TRY_EXCEPT:
        u.suspended.add(c.asm().popHandler());
        break;
      case WITH:
      case ASYNC_WITH:
        u.suspended.add(c.asm().popHandler());
        if (preserveTop) {
          c.emit(Opcode.SWAP, 2);
        }
        callExitWithNones(b.kind() == BlockKind.ASYNC_WITH);
        break;
      case FINALLY_TRY:
        u.suspended.add(c.asm().popHandler());
        body(b.finalBody());
        break;
      case FINALLY_END:
        if (preserveTop) {
          c.emit(Opcode.SWAP, 2);
        }
        c.emit(Opcode.POP_TOP);
        if (preserveTop) {
          c.emit(Opcode.SWAP, 2);
        }
        u.suspended.add(c.asm().popHandler());
        c.emit(Opcode.POP_EXCEPT);
        break;
      case HANDLER_CLEANUP:
        u.suspended.add(c.asm().popHandler());
        if (b.name() != null) {
          u.suspended.add(c.asm().popHandler());
        }
        if (preserveTop) {
          c.emit(Opcode.SWAP, 2);
        }
        c.emit(Opcode.POP_EXCEPT);
        if (b.name() != null) {
          clearName(b.name());
        }
        break;
      default:
        break;
    }
  }

  /** Restores the blocks and handler ranges an unwinding jump left, for the code after it. */
  private void rewind(Unwound u) {
    for (int i = u.suspended.size() - 1; i >= 0; i--) {
      c.asm().resumeHandler(u.suspended.get(i));
    }
    for (int i = u.popped.size() - 1; i >= 0; i--) {
      c.unit.blocks.push(u.popped.get(i));
    }
  }

  private void clearName(String name) {
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.name(name, Access.STORE);
    c.name(name, Access.DELETE);
  }

  // Return: 'return' [value]
  private void returnStmt(Stmt.Return s) {
    if (!c.unit.isFunction()) {
      throw c.error("'return' outside function", s);
    }
    checkNotInExceptStar(s, false);
    if (s.value() != null && c.unit.scope.isCoroutine() && c.unit.scope.isGenerator()) {
      throw c.error("'return' with value in async generator", s);
    }
    if (s.value() != null) {
      c.expressions.expr(s.value());
    } else {
      c.emitConst(PyNone.NONE, PyNone.NONE);
    }
    Unwound u = new Unwound();
    while (!c.unit.blocks.isEmpty()) {
      unwind(c.unit.blocks.peek(), true, u);
    }
    c.at(s);
    c.emit(Opcode.RETURN_VALUE);
    rewind(u);
  }

  // Raise: 'raise' [exc ['from' cause]]
  private void raise(Stmt.Raise s) {
    int n = 0;
    if (s.exc() != null) {
      c.expressions.expr(s.exc());
      n = 1;
      if (s.cause() != null) {
        c.expressions.expr(s.cause());
        n = 2;
      }
    }
    c.at(s);
    c.emit(Opcode.RAISE_VARARGS, n);
  }

  // With: ['async'] 'with' item (',' item)* ':' body -- one nested block per item, as CPython
  private void withStmt(
      Stmt s, List<WithItem> items, List<Stmt> withBody, int index, boolean async) {
    WithItem item = items.get(index);
    Label handler = c.label();
    Label end = c.label();
    c.expressions.expr(item.contextExpr());
    c.at(s);
    if (async) {
      c.emit(Opcode.BEFORE_ASYNC_WITH);
      c.expressions.awaitTop(1);
    } else {
      c.emit(Opcode.BEFORE_WITH);
    }
    if (item.optionalVars() != null) {
      c.expressions.target(item.optionalVars(), Access.STORE);
    } else {
      c.emit(Opcode.POP_TOP);
    }
    c.asm().pushHandler(handler);
    c.unit.blocks.push(
        new Block(async ? BlockKind.ASYNC_WITH : BlockKind.WITH, null, null, null, null, null));
    if (index + 1 < items.size()) {
      withStmt(s, items, withBody, index + 1, async);
    } else {
      body(withBody);
    }
    c.unit.blocks.pop();
    c.asm().popHandler();
    c.at(s);
    callExitWithNones(async);
    c.jumpTo(end);
    // An exception in the body: __exit__(type, exc, tb) decides whether it is suppressed.
    c.bind(handler);
    Label cleanup = c.label();
    Label suppress = c.label();
    c.asm().pushHandler(cleanup);
    c.emit(Opcode.PUSH_EXC_INFO);
    c.emit(Opcode.WITH_EXCEPT_START);
    if (async) {
      c.expressions.awaitTop(2);
    }
    c.jump(Opcode.POP_JUMP_IF_TRUE, suppress);
    c.emit(Opcode.RERAISE, 2);
    c.bind(suppress);
    c.emit(Opcode.POP_TOP);
    c.asm().popHandler();
    c.emit(Opcode.POP_EXCEPT);
    c.emit(Opcode.POP_TOP);
    c.jumpTo(end);
    cleanupHandler(cleanup);
    c.bind(end);
  }

  /**
   * Calls the {@code __exit__} (or {@code __aexit__}, awaiting its result when {@code async}) on
   * top with three Nones and drops its result.
   */
  private void callExitWithNones(boolean async) {
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.emit(Opcode.CALL, 2);
    if (async) {
      c.expressions.awaitTop(2);
    }
    c.emit(Opcode.POP_TOP);
  }

  // Assert: 'assert' test [',' msg]
  private void assertStmt(Stmt.Assert s) {
    Label end = c.label();
    c.expressions.jumpIf(s.test(), true, end);
    c.at(s);
    c.emit(Opcode.LOAD_ASSERTION_ERROR);
    if (s.msg() != null) {
      c.expressions.expr(s.msg());
      c.at(s);
      c.emit(Opcode.CALL, 0);
    }
    c.emit(Opcode.RAISE_VARARGS, 1);
    c.bind(end);
  }

  // Try: 'try' ':' body handlers ['else' ':' orelse] ['finally' ':' finalbody]
  // Try and TryStar: the try/except (or except*) part {@code inner} inside try/finally, if any.
  private void tryFinally(List<Stmt> finalbody, Runnable inner) {
    if (finalbody.isEmpty()) {
      inner.run();
      return;
    }
    Label handler = c.label();
    Label end = c.label();
    c.asm().pushHandler(handler);
    c.unit.blocks.push(new Block(BlockKind.FINALLY_TRY, null, null, null, finalbody, null));
    inner.run();
    c.unit.blocks.pop();
    c.asm().popHandler();
    body(finalbody);
    c.jumpTo(end);
    // The exception path: the handled exception is pushed, the finally body runs, re-raise.
    c.bind(handler);
    Label cleanup = c.label();
    c.asm().pushHandler(cleanup);
    c.emit(Opcode.PUSH_EXC_INFO);
    c.unit.blocks.push(new Block(BlockKind.FINALLY_END, null, null, null, null, null));
    body(finalbody);
    c.unit.blocks.pop();
    c.emit(Opcode.RERAISE, 0);
    c.asm().popHandler();
    cleanupHandler(cleanup);
    c.bind(end);
  }

  /** The handler that restores the previously handled exception and re-raises. */
  private void cleanupHandler(Label cleanup) {
    c.bind(cleanup);
    c.emit(Opcode.COPY, 2);
    c.emit(Opcode.POP_EXCEPT);
    c.emit(Opcode.RERAISE, 1);
  }

  /**
   * Emits the protected body and the else clause, then the start of the handlers: the cleanup
   * handler's range (returned) and PUSH_EXC_INFO.
   */
  private Object protectedBody(List<Stmt> body, List<Stmt> orelse, Label end, Label cleanup) {
    Label handler = c.label();
    c.asm().pushHandler(handler);
    c.unit.blocks.push(new Block(BlockKind.TRY_EXCEPT, null, null, null, null, null));
    body(body);
    c.unit.blocks.pop();
    c.asm().popHandler();
    body(orelse);
    c.jumpTo(end);
    c.bind(handler);
    Object cover = c.asm().pushHandler(cleanup);
    c.emit(Opcode.PUSH_EXC_INFO);
    return cover;
  }

  private void tryExcept(Stmt.Try s) {
    Label end = c.label();
    Label cleanup = c.label();
    Object cover = protectedBody(s.body(), s.orelse(), end, cleanup);
    Iterator<ExceptHandler> it = s.handlers().iterator();
    while (it.hasNext()) {
      ExceptHandler h = it.next();
      c.at(h);
      if (h.type() == null && it.hasNext()) {
        throw c.error("default 'except:' must be last", h);
      }
      Label next = c.label();
      if (h.type() != null) {
        c.expressions.expr(h.type());
        c.at(h);
        c.emit(Opcode.CHECK_EXC_MATCH);
        c.jump(Opcode.POP_JUMP_IF_FALSE, next);
      }
      if (h.name() != null) {
        namedHandler(h, end, cover);
      } else {
        c.emit(Opcode.POP_TOP);
        c.unit.blocks.push(new Block(BlockKind.HANDLER_CLEANUP, null, null, null, null, null));
        body(h.body());
        c.unit.blocks.pop();
        c.asm().popHandler();
        c.emit(Opcode.POP_EXCEPT);
        c.jumpTo(end);
        c.asm().resumeHandler(cover);
      }
      c.bind(next);
    }
    c.emit(Opcode.RERAISE, 0);
    c.asm().popHandler();
    cleanupHandler(cleanup);
    c.bind(end);
  }

  /**
   * TryStar: 'try' ':' body ('except' '*' type ['as' name] ':' body)+ ['else' ':' orelse], as
   * CPython 3.11: each clause takes its part of the exception (CHECK_EG_MATCH) from what the
   * earlier ones left; what the clauses raise and the unmatched rest are collected in a list
   * under the original, from which PREP_RERAISE_STAR makes the exception to raise, if any.
   */
  private void tryExceptStar(Stmt.TryStar s) {
    Label end = c.label();
    Label cleanup = c.label();
    Label reraise = c.label();
    protectedBody(s.body(), s.orelse(), end, cleanup);
    c.unit.blocks.push(new Block(BlockKind.EXCEPT_STAR, null, null, null, null, null));
    // (prev exc) -> (prev orig raised exc): raised collects what the clauses raise.
    c.emit(Opcode.COPY, 1);
    c.emit(Opcode.BUILD_LIST, 0);
    c.emit(Opcode.SWAP, 2);
    for (ExceptHandler h : s.handlers()) {
      starHandler(h);
    }
    c.emit(Opcode.LIST_APPEND, 1);
    c.unit.blocks.pop();
    c.emit(Opcode.PREP_RERAISE_STAR);
    jumpIfNone(false, reraise);
    c.emit(Opcode.POP_TOP);
    c.asm().popHandler();
    c.emit(Opcode.POP_EXCEPT);
    c.jumpTo(end);
    c.bind(reraise);
    c.emit(Opcode.SWAP, 2);
    c.emit(Opcode.POP_EXCEPT);
    c.emit(Opcode.RERAISE, 0);
    cleanupHandler(cleanup);
    c.bind(end);
  }

  // One except* clause, on (prev orig raised exc): its body runs on the matching part, and
  // leaves (prev orig raised rest), having appended to raised what the body raised.
  private void starHandler(ExceptHandler h) {
    c.at(h);
    Label noMatch = c.label();
    Label next = c.label();
    c.expressions.expr(h.type());
    c.at(h);
    c.emit(Opcode.CHECK_EG_MATCH);
    jumpIfNone(true, noMatch);
    if (h.name() != null) {
      c.name(h.name(), Access.STORE);
    } else {
      c.emit(Opcode.POP_TOP);
    }
    Label raised = c.label();
    c.asm().pushHandler(raised);
    body(h.body());
    c.asm().popHandler();
    if (h.name() != null) {
      clearName(h.name());
    }
    c.jumpTo(next);
    // (prev orig raised rest exc): the body raised exc.
    c.bind(raised);
    if (h.name() != null) {
      clearName(h.name());
    }
    c.emit(Opcode.LIST_APPEND, 2);
    c.jumpTo(next);
    c.bind(noMatch);
    c.emit(Opcode.POP_TOP);
    c.bind(next);
  }

  // Jumps to target if the top of the stack is (or, with isNone false, is not) None; keeps it.
  private void jumpIfNone(boolean isNone, Label target) {
    c.emit(Opcode.COPY, 1);
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.emit(Opcode.IS_OP, 0);
    c.jump(isNone ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
  }

  // break, continue and return may not leave an except* clause (CPython's compiler_unwind_fblock).
  private void checkNotInExceptStar(Stmt s, boolean upToLoop) {
    for (Block b : c.unit.blocks) {
      if (upToLoop && (b.kind() == BlockKind.WHILE_LOOP || b.kind() == BlockKind.FOR_LOOP)) {
        return;
      }
      if (b.kind() == BlockKind.EXCEPT_STAR) {
        throw c.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
      }
    }
  }

  private void namedHandler(ExceptHandler h, Label end, Object cover) {
    c.name(h.name(), Access.STORE);
    Label cleanEnd = c.label();
    c.asm().pushHandler(cleanEnd);
    c.unit.blocks.push(new Block(BlockKind.HANDLER_CLEANUP, null, null, null, null, h.name()));
    body(h.body());
    c.unit.blocks.pop();
    c.asm().popHandler();
    c.asm().popHandler();
    c.emit(Opcode.POP_EXCEPT);
    clearName(h.name());
    c.jumpTo(end);
    c.asm().resumeHandler(cover);
    // An exception inside the handler body: unbind the name, then re-raise through cleanup.
    c.bind(cleanEnd);
    clearName(h.name());
    c.emit(Opcode.RERAISE, 1);
  }
}
