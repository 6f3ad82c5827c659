package dev.krait.core.compiler;

import dev.krait.core.ast.BoolOperator;
import dev.krait.core.ast.CmpOperator;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Keyword;
import dev.krait.core.ast.Operator;
import dev.krait.core.bytecode.Label;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.compiler.Compiler.Access;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** Compiles expressions and assignment targets: one method per expression kind. */
final class Expressions {

  private final Compiler c;

  Expressions(Compiler c) {
    this.c = c;
  }

  /** Returns BINARY_OP's argument for {@code op} (CPython's {@code NB_*} numbering). */
  static int binaryArg(Operator op) {
    switch (op) {
      case ADD: return 0;
      case BIT_AND: return 1;
      case FLOOR_DIV: return 2;
      case LSHIFT: return 3;
      case MAT_MULT: return 4;
      case MULT: return 5;
      case MOD: return 6;
      case BIT_OR: return 7;
      case POW: return 8;
      case RSHIFT: return 9;
      case SUB: return 10;
      case DIV: return 11;
      default: return 12;
    }
  }

  void expr(Expr e) {
    c.at(e);
    if (e instanceof Expr.Constant k) {
      c.constant(k.value(), k);
    } else if (e instanceof Expr.Name n) {
      c.name(n.id(), Access.LOAD);
    } else if (e instanceof Expr.BinOp b) {
      binOp(b);
    } else if (e instanceof Expr.UnaryOp u) {
      unaryOp(u);
    } else if (e instanceof Expr.BoolOp b) {
      boolOp(b);
    } else if (e instanceof Expr.Compare k) {
      compare(k);
    } else if (e instanceof Expr.Call k) {
      call(k);
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
      c.at(a);
      c.emit(Opcode.LOAD_ATTR, c.asm().name(c.mangle(a.attr())));
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value());
      subscriptKey(s);
      c.at(s);
      c.emit(Opcode.BINARY_SUBSCR);
    } else if (e instanceof Expr.IfExp i) {
      ifExp(i);
    } else if (e instanceof Expr.List l) {
      sequence(l.elts(), false);
    } else if (e instanceof Expr.Set s) {
      set(s);
    } else if (e instanceof Expr.SetComp s) {
      c.comprehensions.setComp(s);
    } else if (e instanceof Expr.Tuple t) {
      List<Object> constants = constants(t.elts());
      if (constants != null) {
        c.constantTuple(constants, t);
      } else {
        sequence(t.elts(), true);
      }
    } else if (e instanceof Expr.Dict d) {
      dict(d);
    } else if (e instanceof Expr.JoinedStr j) {
      joinedStr(j);
    } else if (e instanceof Expr.FormattedValue f) {
      formattedValue(f);
    } else if (e instanceof Expr.ListComp l) {
      c.comprehensions.listComp(l);
    } else if (e instanceof Expr.DictComp d) {
      c.comprehensions.dictComp(d);
    } else if (e instanceof Expr.GeneratorExp g) {
      c.comprehensions.generatorExp(g);
    } else if (e instanceof Expr.Yield y) {
      if (y.value() == null) {
        c.emitConst(dev.krait.core.runtime.PyNone.NONE, dev.krait.core.runtime.PyNone.NONE);
      } else {
        expr(y.value());
      }
      c.at(y);
      yieldTop();
    } else if (e instanceof Expr.YieldFrom y) {
      expr(y.value());
      c.at(y);
      c.emit(Opcode.GET_YIELD_FROM_ITER);
      yieldFromTop();
    } else if (e instanceof Expr.Await a) {
      checkAwait(a);
      expr(a.value());
      c.at(a);
      awaitTop(0);
    } else if (e instanceof Expr.Lambda l) {
      c.functions.lambda(l);
    } else if (e instanceof Expr.NamedExpr n) {
      expr(n.value());
      c.emit(Opcode.COPY, 1);
      target(n.target(), Access.STORE);
    } else if (e instanceof Expr.Starred s) {
      throw c.error("can't use starred expression here", s);
    } else {
      throw c.notImplemented(describe(e), e);
    }
  }

  /** Emits the yield of the value on top (wrapped first in an asynchronous generator). */
  void yieldTop() {
    if (c.unit.scope.isCoroutine()) {
      c.emit(Opcode.ASYNC_GEN_WRAP);
    }
    c.emit(Opcode.YIELD_VALUE);
  }

  /**
   * Emits the {@code yield from} loop that runs the iterator on top to its end, yielding what it
   * yields and leaving what it returns: CPython's {@code SEND} / {@code YIELD_VALUE} pair.
   */
  void yieldFromTop() {
    c.emitConst(PyNone.NONE, PyNone.NONE);
    Label loop = c.label();
    Label exit = c.label();
    c.bind(loop);
    c.jump(Opcode.SEND, exit);
    c.emit(Opcode.YIELD_VALUE);
    c.jumpTo(loop);
    c.bind(exit);
  }

  /**
   * Emits the await of the value on top, leaving its result; {@code where} is GET_AWAITABLE's
   * argument (1 after {@code __aenter__}, 2 after {@code __aexit__}, else 0).
   */
  void awaitTop(int where) {
    c.emit(Opcode.GET_AWAITABLE, where);
    yieldFromTop();
  }

  private void checkAwait(Expr.Await a) {
    if (!c.unit.isFunction()) {
      throw c.error("'await' outside function", a);
    }
    if (!c.unit.allowsAwait()) {
      throw c.error("'await' outside async function", a);
    }
  }

  private static String describe(Expr e) {
    if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
        || e instanceof Expr.GeneratorExp) {
      return "comprehensions";
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      return "'yield'";
    } else if (e instanceof Expr.Await) {
      return "'await'";
    } else if (e instanceof Expr.Set) {
      return "set displays";
    } else if (e instanceof Expr.Slice) {
      return "slices";
    }
    return e.getClass().getSimpleName();
  }

  /** Emits the key of a subscript (a slice is not supported yet). */
  void subscriptKey(Expr.Subscript s) {
    if (s.slice() instanceof Expr.Slice sl) {
      slice(sl);
      return;
    }
    expr(s.slice());
  }

  // Slice: [lower] ':' [upper] [':' [step]]
  private void slice(Expr.Slice s) {
    for (Expr part : new Expr[] {s.lower(), s.upper()}) {
      if (part == null) {
        c.emitConst(PyNone.NONE, PyNone.NONE);
      } else {
        expr(part);
      }
    }
    if (s.step() != null) {
      expr(s.step());
    }
    c.at(s);
    c.emit(Opcode.BUILD_SLICE, s.step() != null ? 3 : 2);
  }

  // BinOp: left op right
  private void binOp(Expr.BinOp b) {
    expr(b.left());
    expr(b.right());
    c.at(b);
    c.emit(Opcode.BINARY_OP, binaryArg(b.op()));
  }

  // UnaryOp: op operand
  private void unaryOp(Expr.UnaryOp u) {
    expr(u.operand());
    c.at(u);
    switch (u.op()) {
      case NOT:
        c.emit(Opcode.UNARY_NOT);
        break;
      case USUB:
        c.emit(Opcode.UNARY_NEGATIVE);
        break;
      case UADD:
        c.emit(Opcode.UNARY_POSITIVE);
        break;
      default:
        c.emit(Opcode.UNARY_INVERT);
        break;
    }
  }

  // BoolOp: value (and|or) value ...
  private void boolOp(Expr.BoolOp b) {
    Label end = c.label();
    int op = b.op() == BoolOperator.AND ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
    List<Expr> values = b.values();
    for (int i = 0; i < values.size() - 1; i++) {
      expr(values.get(i));
      c.at(b);
      c.jump(op, end);
    }
    expr(values.get(values.size() - 1));
    c.bind(end);
  }

  // Compare: left (op comparator)+
  private void compare(Expr.Compare k) {
    expr(k.left());
    int n = k.ops().size();
    if (n == 1) {
      expr(k.comparators().get(0));
      c.at(k);
      compareOp(k.ops().get(0));
      return;
    }
    Label cleanup = c.label();
    Label end = c.label();
    for (int i = 0; i < n - 1; i++) {
      expr(k.comparators().get(i));
      c.at(k);
      c.emit(Opcode.SWAP, 2);
      c.emit(Opcode.COPY, 2);
      compareOp(k.ops().get(i));
      c.jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(k.comparators().get(n - 1));
    c.at(k);
    compareOp(k.ops().get(n - 1));
    c.jumpTo(end);
    c.bind(cleanup);
    c.emit(Opcode.SWAP, 2);
    c.emit(Opcode.POP_TOP);
    c.bind(end);
  }

  private void compareOp(CmpOperator op) {
    switch (op) {
      case LT: c.emit(Opcode.COMPARE_OP, 0); break;
      case LTE: c.emit(Opcode.COMPARE_OP, 1); break;
      case EQ: c.emit(Opcode.COMPARE_OP, 2); break;
      case NOT_EQ: c.emit(Opcode.COMPARE_OP, 3); break;
      case GT: c.emit(Opcode.COMPARE_OP, 4); break;
      case GTE: c.emit(Opcode.COMPARE_OP, 5); break;
      case IS: c.emit(Opcode.IS_OP, 0); break;
      case IS_NOT: c.emit(Opcode.IS_OP, 1); break;
      case IN: c.emit(Opcode.CONTAINS_OP, 0); break;
      default: c.emit(Opcode.CONTAINS_OP, 1); break;
    }
  }

  /** Emits a jump to {@code target} when {@code e} is {@code when} (true or false). */
  void jumpIf(Expr e, boolean when, Label target) {
    if (e instanceof Expr.UnaryOp u && u.op() == dev.krait.core.ast.UnaryOperator.NOT) {
      jumpIf(u.operand(), !when, target);
      return;
    }
    expr(e);
    c.at(e);
    c.jump(when ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
  }

  // IfExp: body 'if' test 'else' orelse
  private void ifExp(Expr.IfExp i) {
    Label otherwise = c.label();
    Label end = c.label();
    jumpIf(i.test(), false, otherwise);
    expr(i.body());
    c.jumpTo(end);
    c.bind(otherwise);
    expr(i.orelse());
    c.bind(end);
  }

  // The values of elts when all are constants (a tuple of them is one constant), else null.
  private static List<Object> constants(List<Expr> elts) {
    List<Object> values = new ArrayList<>(elts.size());
    for (Expr x : elts) {
      if (!(x instanceof Expr.Constant k)) {
        return null;
      }
      values.add(k.value());
    }
    return values;
  }

  // List / Tuple displays, with starred items through LIST_EXTEND
  private void sequence(List<Expr> elts, boolean tuple) {
    boolean starred = false;
    for (Expr x : elts) {
      starred |= x instanceof Expr.Starred;
    }
    if (!starred) {
      for (Expr x : elts) {
        expr(x);
      }
      c.emit(tuple ? Opcode.BUILD_TUPLE : Opcode.BUILD_LIST, elts.size());
      return;
    }
    c.emit(Opcode.BUILD_LIST, 0);
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        expr(s.value());
        c.emit(Opcode.LIST_EXTEND, 1);
      } else {
        expr(x);
        c.emit(Opcode.LIST_APPEND, 1);
      }
    }
    if (tuple) {
      c.emit(Opcode.LIST_TO_TUPLE);
    }
  }

  // Set: '{' item (',' item)* '}', with starred items through SET_UPDATE
  private void set(Expr.Set s) {
    boolean starred = false;
    for (Expr x : s.elts()) {
      starred |= x instanceof Expr.Starred;
    }
    boolean constant = s.elts().size() >= 3;
    for (Expr x : s.elts()) {
      constant &= x instanceof Expr.Constant;
    }
    if (constant) {
      // As CPython: a frozenset constant merged into a new set (this decides item order).
      dev.krait.core.runtime.PySet items = new dev.krait.core.runtime.PyFrozenSet();
      for (Expr x : s.elts()) {
        items.add(c.toObject(((Expr.Constant) x).value(), x));
      }
      c.at(s);
      c.emit(Opcode.BUILD_SET, 0);
      c.emit(Opcode.LOAD_CONST, c.asm().uniqueConstant(items));
      c.emit(Opcode.SET_UPDATE, 1);
      return;
    }
    if (!starred) {
      for (Expr x : s.elts()) {
        expr(x);
      }
      c.at(s);
      c.emit(Opcode.BUILD_SET, s.elts().size());
      return;
    }
    c.emit(Opcode.BUILD_SET, 0);
    for (Expr x : s.elts()) {
      if (x instanceof Expr.Starred st) {
        expr(st.value());
        c.emit(Opcode.SET_UPDATE, 1);
      } else {
        expr(x);
        c.emit(Opcode.SET_ADD, 1);
      }
    }
  }

  // Dict: '{' (key ':' value | '**' mapping) ... '}'
  private void dict(Expr.Dict d) {
    int n = d.keys().size();
    boolean unpack = false;
    for (Expr k : d.keys()) {
      unpack |= k == null;
    }
    if (!unpack) {
      for (int i = 0; i < n; i++) {
        expr(d.keys().get(i));
        expr(d.values().get(i));
      }
      c.at(d);
      c.emit(Opcode.BUILD_MAP, n);
      return;
    }
    c.emit(Opcode.BUILD_MAP, 0);
    for (int i = 0; i < n; i++) {
      Expr k = d.keys().get(i);
      if (k == null) {
        expr(d.values().get(i));
        c.emit(Opcode.DICT_UPDATE, 1);
      } else {
        expr(k);
        expr(d.values().get(i));
        c.emit(Opcode.MAP_ADD, 1);
      }
    }
  }

  // JoinedStr: f'...{value!conversion:spec}...'
  private void joinedStr(Expr.JoinedStr j) {
    for (Expr v : j.values()) {
      expr(v);
    }
    c.at(j);
    if (j.values().size() != 1 || !(j.values().get(0) instanceof Expr.FormattedValue)) {
      c.emit(Opcode.BUILD_STRING, j.values().size());
    }
  }

  private void formattedValue(Expr.FormattedValue f) {
    expr(f.value());
    if (f.formatSpec() != null) {
      expr(f.formatSpec());
    }
    c.at(f);
    int conv = f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : f.conversion() == 'a' ? 3
        : 0;
    c.emit(Opcode.FORMAT_VALUE, conv | (f.formatSpec() != null ? 4 : 0));
  }

  // Call: func '(' args keywords ')'
  private void call(Expr.Call k) {
    boolean general = false;
    for (Expr a : k.args()) {
      general |= a instanceof Expr.Starred;
    }
    for (Keyword kw : k.keywords()) {
      general |= kw.arg() == null;
    }
    if (!general && k.func() instanceof Expr.Attribute a) {
      expr(a.value());
      c.at(a);
      c.emit(Opcode.LOAD_METHOD, c.asm().name(c.mangle(a.attr())));
    } else {
      c.emit(Opcode.PUSH_NULL);
      expr(k.func());
    }
    if (general) {
      if (k.args().size() == 1 && k.args().get(0) instanceof Expr.Starred only) {
        // As CPython: f(*x) passes x itself; CALL_FUNCTION_EX makes the tuple.
        expr(only.value());
      } else {
        sequence(k.args(), true);
      }
      if (!k.keywords().isEmpty()) {
        c.emit(Opcode.BUILD_MAP, 0);
        for (Keyword kw : k.keywords()) {
          if (kw.arg() == null) {
            expr(kw.value());
          } else {
            c.emitConst(kw.arg(), PyStr.of(kw.arg()));
            expr(kw.value());
            c.emit(Opcode.BUILD_MAP, 1);
          }
          c.emit(Opcode.DICT_MERGE, 1);
        }
      }
      c.at(k);
      c.emit(Opcode.CALL_FUNCTION_EX, k.keywords().isEmpty() ? 0 : 1);
      return;
    }
    for (Expr a : k.args()) {
      expr(a);
    }
    List<String> names = new ArrayList<>();
    for (Keyword kw : k.keywords()) {
      expr(kw.value());
      names.add(kw.arg());
    }
    c.at(k);
    if (!names.isEmpty()) {
      PyObject[] strs = new PyObject[names.size()];
      for (int i = 0; i < strs.length; i++) {
        strs[i] = PyStr.of(names.get(i));
      }
      c.emit(Opcode.KW_NAMES, c.asm().constant(List.copyOf(names), () -> PyTuple.of(strs)));
    }
    c.emit(Opcode.CALL, k.args().size() + names.size());
  }

  // ---- assignment targets ----

  /** Emits the store (or delete) of the value on the stack into {@code t}. */
  void target(Expr t, Access access) {
    c.at(t);
    if (t instanceof Expr.Name n) {
      c.name(n.id(), access);
    } else if (t instanceof Expr.Attribute a) {
      expr(a.value());
      c.at(a);
      c.emit(access == Access.STORE ? Opcode.STORE_ATTR : Opcode.DELETE_ATTR,
          c.asm().name(c.mangle(a.attr())));
    } else if (t instanceof Expr.Subscript s) {
      expr(s.value());
      subscriptKey(s);
      c.at(s);
      c.emit(access == Access.STORE ? Opcode.STORE_SUBSCR : Opcode.DELETE_SUBSCR);
    } else if (t instanceof Expr.Tuple || t instanceof Expr.List) {
      List<Expr> elts = t instanceof Expr.Tuple x ? x.elts() : ((Expr.List) t).elts();
      if (access == Access.DELETE) {
        for (Expr x : elts) {
          target(x, access);
        }
        return;
      }
      int star = -1;
      for (int i = 0; i < elts.size(); i++) {
        if (elts.get(i) instanceof Expr.Starred) {
          if (star >= 0) {
            throw c.error("multiple starred expressions in assignment", t);
          }
          star = i;
        }
      }
      if (star < 0) {
        c.emit(Opcode.UNPACK_SEQUENCE, elts.size());
      } else {
        c.emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
      }
      for (Expr x : elts) {
        target(x instanceof Expr.Starred s ? s.value() : x, access);
      }
    } else {
      throw c.notImplemented("assignment to " + t.getClass().getSimpleName(), t);
    }
  }
}
