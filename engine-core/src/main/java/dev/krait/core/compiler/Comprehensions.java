package dev.krait.core.compiler;

import dev.krait.core.ast.Comprehension;
import dev.krait.core.ast.Expr;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.Label;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.compiler.Compiler.Access;
import dev.krait.core.runtime.PyNone;
import java.util.List;

/**
 * Compiles list and dict comprehensions as CPython 3.11 does: a nested function taking the
 * outermost iterator as its parameter {@code .0}, called at once (and awaited when it is an
 * asynchronous comprehension).
 */
final class Comprehensions {

  private final Compiler c;

  Comprehensions(Compiler c) {
    this.c = c;
  }

  // ListComp: '[' elt comprehension+ ']'
  void listComp(Expr.ListComp e) {
    comprehension(e, "<listcomp>", e.generators(), Opcode.BUILD_LIST, () -> {
      c.expressions.expr(e.elt());
      return Opcode.LIST_APPEND;
    });
  }

  // SetComp: '{' elt comprehension+ '}'
  void setComp(Expr.SetComp e) {
    comprehension(e, "<setcomp>", e.generators(), Opcode.BUILD_SET, () -> {
      c.expressions.expr(e.elt());
      return Opcode.SET_ADD;
    });
  }

  // DictComp: '{' key ':' value comprehension+ '}'
  void dictComp(Expr.DictComp e) {
    comprehension(e, "<dictcomp>", e.generators(), Opcode.BUILD_MAP, () -> {
      c.expressions.expr(e.key());
      c.expressions.expr(e.value());
      return Opcode.MAP_ADD;
    });
  }

  // GeneratorExp: '(' elt comprehension+ ')'
  void generatorExp(Expr.GeneratorExp e) {
    comprehension(e, "<genexpr>", e.generators(), -1, () -> {
      c.expressions.expr(e.elt());
      return Opcode.YIELD_VALUE;
    });
  }

  /** Emits the element(s) and returns the opcode that adds them to the result. */
  private interface Element {
    int emit();
  }

  private void comprehension(
      Expr node, String name, List<Comprehension> generators, int build, Element element) {
    boolean async = c.scopeOf(node).isCoroutine();
    if (async && build >= 0 && !c.unit.allowsAwait()) {
      throw c.error("asynchronous comprehension outside of an asynchronous function", node);
    }
    CodeObject code =
        c.functions.unit(node, name, 1, 0, 0, 0, () -> {
          if (build >= 0) {
            c.emit(build, 0);
          }
          generator(generators, 0, node, element);
          c.at(node);
          if (build < 0) {
            c.emitConst(PyNone.NONE, PyNone.NONE);
          }
          c.emit(Opcode.RETURN_VALUE);
        });
    c.at(node);
    c.functions.makeClosure(code);
    c.expressions.expr(generators.get(0).iter());
    c.at(node);
    c.emit(generators.get(0).isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
    c.emit(Opcode.CALL, 0);
    if (async && build >= 0) {
      c.expressions.awaitTop(0);
    }
  }

  private void generator(List<Comprehension> generators, int depth, Expr node, Element element) {
    Comprehension g = generators.get(depth);
    Label start = c.label();
    Label end = c.label();
    boolean async = g.isAsync() != 0;
    if (depth == 0) {
      c.emit(Opcode.LOAD_FAST, 0);
    } else {
      c.expressions.expr(g.iter());
      c.at(g.iter());
      c.emit(async ? Opcode.GET_AITER : Opcode.GET_ITER);
    }
    c.bind(start);
    c.at(node);
    if (async) {
      c.statements.anext(end);
    } else {
      c.jump(Opcode.FOR_ITER, end);
    }
    c.expressions.target(g.target(), Access.STORE);
    for (Expr test : g.ifs()) {
      c.expressions.jumpIf(test, false, start);
    }
    if (depth + 1 < generators.size()) {
      generator(generators, depth + 1, node, element);
    } else {
      int op = element.emit();
      c.at(node);
      if (op == Opcode.YIELD_VALUE) {
        c.expressions.yieldTop();
        c.emit(Opcode.POP_TOP);
      } else {
        c.emit(op, depth + 2);
      }
    }
    c.jumpTo(start);
    c.bind(end);
    if (async) {
      c.emit(Opcode.END_ASYNC_FOR);
    }
  }
}
