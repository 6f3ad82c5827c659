package dev.krait.core.compiler;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.MatchCase;
import dev.krait.core.ast.Pattern;
import dev.krait.core.ast.Stmt;
import dev.krait.core.bytecode.Label;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.compiler.Compiler.Access;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code match} statement, after CPython's compiler: each pattern consumes the subject on top
 * of the stack; a failure jumps to a label that pops the {@code onTop} items the pattern left
 * and goes on to the next case. Captures are stored as soon as they match, which PEP 634 allows
 * (a failed case may leave some names bound).
 */
final class Patterns {

  private final Compiler c;
  /** failPop.get(k): pop k items, then the current failure target. */
  private List<Label> failPop = new ArrayList<>();
  private int onTop;
  /** Whether a capture or wildcard may stand alone here (CPython's allow_irrefutable). */
  private boolean allowIrrefutable;
  /** The names the current case's pattern binds, to refuse binding one twice. */
  private List<String> bound = new ArrayList<>();

  Patterns(Compiler c) {
    this.c = c;
  }

  void match(Stmt.Match s) {
    c.expressions.expr(s.subject());
    Label end = c.label();
    List<MatchCase> cases = s.cases();
    for (int i = 0; i < cases.size(); i++) {
      MatchCase mc = cases.get(i);
      failPop = new ArrayList<>();
      bound = new ArrayList<>();
      allowIrrefutable = mc.guard() != null || i == cases.size() - 1;
      c.emit(Opcode.COPY, 1);
      onTop = 1;
      pattern(mc.pattern());
      if (mc.guard() != null) {
        c.expressions.jumpIf(mc.guard(), false, failLabel(0));
      }
      c.emit(Opcode.POP_TOP);
      c.statements.body(mc.body());
      c.jumpTo(end);
      emitFailPops();
    }
    c.emit(Opcode.POP_TOP);
    c.bind(end);
  }

  private Label failLabel(int k) {
    while (failPop.size() <= k) {
      failPop.add(c.label());
    }
    return failPop.get(k);
  }

  /** Emits the pops failures jump into, deepest first, falling through to what follows. */
  private void emitFailPops() {
    for (int k = failPop.size() - 1; k >= 0; k--) {
      c.bind(failPop.get(k));
      if (k > 0) {
        c.emit(Opcode.POP_TOP);
      }
    }
  }

  /** Pops the boolean on top and fails when it is false. */
  private void failIfFalse() {
    c.jump(Opcode.POP_JUMP_IF_FALSE, failLabel(onTop));
  }

  private void store(String name, Pattern where) {
    if (bound.contains(name)) {
      throw c.error("multiple assignments to name '" + name + "' in pattern", where);
    }
    bound.add(name);
    c.name(name, Access.STORE);
    onTop--;
  }

  /** Compiles a sub-pattern of a sequence, mapping or class pattern: always refutable there. */
  private void subpattern(Pattern p) {
    boolean saved = allowIrrefutable;
    allowIrrefutable = true;
    pattern(p);
    allowIrrefutable = saved;
  }

  private void pattern(Pattern p) {
    if (p instanceof Pattern.MatchAs a) {
      if (a.pattern() == null) {
        if (!allowIrrefutable) {
          throw c.error(
              a.name() == null
                  ? "wildcard makes remaining patterns unreachable"
                  : "name capture '" + a.name() + "' makes remaining patterns unreachable",
              p);
        }
        if (a.name() == null) {
          c.emit(Opcode.POP_TOP);
          onTop--;
        } else {
          store(a.name(), p);
        }
        return;
      }
      c.emit(Opcode.COPY, 1);
      onTop++;
      subpattern(a.pattern());
      store(a.name(), p);
    } else if (p instanceof Pattern.MatchValue v) {
      c.expressions.expr(v.value());
      c.emit(Opcode.COMPARE_OP, 2);
      onTop--;
      failIfFalse();
    } else if (p instanceof Pattern.MatchSingleton s) {
      c.constant(s.value(), p);
      c.emit(Opcode.IS_OP, 0);
      onTop--;
      failIfFalse();
    } else if (p instanceof Pattern.MatchSequence s) {
      sequence(s);
    } else if (p instanceof Pattern.MatchMapping m) {
      mapping(m);
    } else if (p instanceof Pattern.MatchClass k) {
      classPattern(k);
    } else if (p instanceof Pattern.MatchOr o) {
      or(o);
    } else {
      throw c.notImplemented("pattern " + p.getClass().getSimpleName(), p);
    }
  }

  private void sequence(Pattern.MatchSequence s) {
    List<Pattern> ps = s.patterns();
    int star = -1;
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i) instanceof Pattern.MatchStar) {
        if (star >= 0) {
          throw c.error("multiple starred names in sequence pattern", ps.get(i));
        }
        star = i;
      }
    }
    c.emit(Opcode.MATCH_OP, Opcode.MATCH_SEQUENCE);
    failIfFalse();
    int n = ps.size();
    c.emit(Opcode.MATCH_OP, Opcode.MATCH_GET_LEN);
    c.emitConst(
        (long) (star < 0 ? n : n - 1), dev.krait.core.runtime.PyInt.of(star < 0 ? n : n - 1));
    c.emit(Opcode.COMPARE_OP, star < 0 ? 2 : 5);
    failIfFalse();
    if (star < 0) {
      c.emit(Opcode.UNPACK_SEQUENCE, n);
    } else {
      c.emit(Opcode.UNPACK_EX, star | ((n - 1 - star) << 8));
    }
    onTop += n - 1;
    for (Pattern sub : ps) {
      if (sub instanceof Pattern.MatchStar st) {
        if (st.name() == null) {
          c.emit(Opcode.POP_TOP);
          onTop--;
        } else {
          store(st.name(), sub);
        }
      } else {
        subpattern(sub);
      }
    }
  }

  private void mapping(Pattern.MatchMapping m) {
    c.emit(Opcode.MATCH_OP, Opcode.MATCH_MAPPING);
    failIfFalse();
    int k = m.keys().size();
    if (k == 0 && m.rest() == null) {
      c.emit(Opcode.POP_TOP);
      onTop--;
      return;
    }
    if (k > 0) {
      c.emit(Opcode.MATCH_OP, Opcode.MATCH_GET_LEN);
      c.emitConst((long) k, dev.krait.core.runtime.PyInt.of(k));
      c.emit(Opcode.COMPARE_OP, 5);
      failIfFalse();
    }
    dev.krait.core.runtime.PyDict literals = new dev.krait.core.runtime.PyDict();
    for (Expr key : m.keys()) {
      if (key instanceof Expr.Constant lit) {
        PyObject v = c.toObject(lit.value(), key);
        if (literals.get(v) != null) {
          throw c.error(
              "mapping pattern checks duplicate key ("
                  + dev.krait.core.runtime.Abstract.repr(v).value() + ")",
              key);
        }
        literals.put(v, v);
      }
      c.expressions.expr(key);
    }
    c.emit(Opcode.BUILD_TUPLE, k);
    c.emit(Opcode.MATCH_OP, Opcode.MATCH_KEYS);
    onTop += 2;
    c.emit(Opcode.COPY, 1);
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.emit(Opcode.IS_OP, 1);
    failIfFalse();
    c.emit(Opcode.UNPACK_SEQUENCE, k);
    onTop += k - 1;
    for (Pattern sub : m.patterns()) {
      subpattern(sub);
    }
    if (m.rest() != null) {
      c.emit(Opcode.MATCH_OP, Opcode.MATCH_REST);
      onTop--;
      store(m.rest(), m);
    } else {
      c.emit(Opcode.POP_TOP);
      c.emit(Opcode.POP_TOP);
      onTop -= 2;
    }
  }

  private void classPattern(Pattern.MatchClass k) {
    c.expressions.expr(k.cls());
    PyObject[] names = new PyObject[k.kwdAttrs().size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = PyStr.of(k.kwdAttrs().get(i));
    }
    PyTuple t = PyTuple.of(names);
    c.emitConst(new ArrayList<>(k.kwdAttrs()), t);
    int npos = k.patterns().size();
    c.emit(Opcode.MATCH_OP, Opcode.MATCH_CLASS | (npos << 4));
    c.emit(Opcode.COPY, 1);
    c.emitConst(PyNone.NONE, PyNone.NONE);
    c.emit(Opcode.IS_OP, 1);
    failIfFalse();
    int total = npos + names.length;
    c.emit(Opcode.UNPACK_SEQUENCE, total);
    onTop += total - 1;
    for (Pattern sub : k.patterns()) {
      subpattern(sub);
    }
    for (Pattern sub : k.kwdPatterns()) {
      subpattern(sub);
    }
  }

  private void or(Pattern.MatchOr o) {
    Label success = c.label();
    List<Pattern> alts = o.patterns();
    boolean savedAllow = allowIrrefutable;
    List<String> before = bound;
    List<String> first = null;
    for (int i = 0; i < alts.size(); i++) {
      boolean last = i == alts.size() - 1;
      allowIrrefutable = last && savedAllow;
      bound = new ArrayList<>(before);
      if (last) {
        pattern(alts.get(i));
      } else {
        List<Label> savedFail = failPop;
        int savedOnTop = onTop;
        failPop = new ArrayList<>();
        c.emit(Opcode.COPY, 1);
        onTop = 1;
        pattern(alts.get(i));
        c.emit(Opcode.POP_TOP);
        c.jumpTo(success);
        emitFailPops();
        failPop = savedFail;
        onTop = savedOnTop;
      }
      if (first == null) {
        first = bound;
      } else if (!new java.util.HashSet<>(first).equals(new java.util.HashSet<>(bound))) {
        throw c.error("alternative patterns bind different names", alts.get(i));
      }
    }
    allowIrrefutable = savedAllow;
    bound = first;
    c.bind(success);
  }
}
