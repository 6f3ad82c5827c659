package dev.krait.core.runtime;

import dev.krait.core.ast.Arg;
import dev.krait.core.ast.CPython;
import dev.krait.core.ast.CmpOperator;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Keyword;
import dev.krait.core.ast.Stmt;
import dev.krait.core.syntax.Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only tree-walking evaluator for the small Python subset the container tests use
 * (literals, names, calls, attributes, subscripts, operators, lambdas, assignment, {@code del},
 * {@code for}), so that one case text runs both here, through the runtime's Java API, and in
 * python3, until the VM can run source itself.
 */
final class MiniEval {

  private final Map<String, PyObject> env = new HashMap<>();

  /** Returns the repr of the last expression statement of {@code source}, or the error. */
  static String run(String source) {
    try {
      MiniEval e = new MiniEval();
      PyObject last = PyNone.NONE;
      for (Stmt s : Parser.parseModule(source, "<case>").body()) {
        last = e.exec(s);
      }
      return Abstract.repr(last).value();
    } catch (PyException ex) {
      PyBaseException v = ex.value();
      String msg = Abstract.str(v).value();
      return v.type().name() + (msg.isEmpty() ? "" : ": " + msg);
    } catch (RuntimeException ex) {
      return "JAVA " + ex;
    }
  }

  /** Returns python3's outputs for the cases (same format as {@link #run}), one per case. */
  static List<String> cpython(List<String> cases) {
    String script = String.join("\n",
        "import ast, sys",
        "def run(src):",
        "    ns = {}",
        "    tree = ast.parse(src)",
        "    last = tree.body[-1]",
        "    try:",
        "        exec(compile(ast.Module(tree.body[:-1], []), '<case>', 'exec'), ns)",
        "        if isinstance(last, ast.Expr):",
        "            r = eval(compile(ast.Expression(last.value), '<case>', 'eval'), ns)",
        "        else:",
        "            exec(compile(ast.Module([last], []), '<case>', 'exec'), ns)",
        "            r = None",
        "        return repr(r)",
        "    except Exception as e:",
        "        return type(e).__name__ + (': ' + str(e) if str(e) else '')",
        "for line in sys.stdin.read().split('\\n\\x01\\n'):",
        "    if line:",
        "        print(run(line.replace('\\\\n', '\\n')).replace('\\n', '\\\\n'))",
        "");
    StringBuilder in = new StringBuilder();
    for (String c : cases) {
      in.append(c.replace("\n", "\\n")).append("\n\u0001\n");
    }
    String out = CPython.runScript(script, in.toString());
    return List.of(out.split("\n", -1)).subList(0, cases.size());
  }

  /** Returns the failures: cases whose Krait result differs from python3's. */
  static List<String> compare(List<String> cases) {
    List<String> expected = cpython(cases);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String got = run(cases.get(i).replace("\\n", "\n")).replace("\n", "\\n");
      if (!got.equals(expected.get(i))) {
        failures.add(cases.get(i) + "\n   expected: " + expected.get(i) + "\n   got:      " + got);
      }
    }
    return failures;
  }

  private PyObject exec(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) {
      return eval(e.value());
    }
    if (s instanceof Stmt.Assign a) {
      PyObject v = eval(a.value());
      for (Expr t : a.targets()) {
        assign(t, v);
      }
    } else if (s instanceof Stmt.AugAssign a) {
      PyObject v = eval(a.value());
      BinaryOp op = binaryOp(a.op());
      if (a.target() instanceof Expr.Subscript sub) {
        PyObject o = eval(sub.value());
        PyObject k = eval(sub.slice());
        Abstract.setItem(o, k, Abstract.inplaceOp(Abstract.getItem(o, k), v, op));
      } else {
        assign(a.target(), Abstract.inplaceOp(eval(a.target()), v, op));
      }
    } else if (s instanceof Stmt.Delete d) {
      for (Expr t : d.targets()) {
        if (t instanceof Expr.Subscript sub) {
          Abstract.delItem(eval(sub.value()), eval(sub.slice()));
        } else {
          env.remove(((Expr.Name) t).id());
        }
      }
    } else if (s instanceof Stmt.For f) {
      PyObject it = Abstract.iter(eval(f.iter()));
      for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
        assign(f.target(), v);
        for (Stmt b : f.body()) {
          exec(b);
        }
      }
    } else if (!(s instanceof Stmt.Pass)) {
      throw new IllegalArgumentException("unsupported statement " + s);
    }
    return PyNone.NONE;
  }

  private void assign(Expr target, PyObject v) {
    if (target instanceof Expr.Name n) {
      env.put(n.id(), v);
    } else if (target instanceof Expr.Subscript sub) {
      Abstract.setItem(eval(sub.value()), eval(sub.slice()), v);
    } else if (target instanceof Expr.Tuple t) {
      PyTuple values = PyTuple.fromIterable(v);
      for (int i = 0; i < t.elts().size(); i++) {
        assign(t.elts().get(i), values.get(i));
      }
    } else {
      throw new IllegalArgumentException("unsupported target " + target);
    }
  }

  private PyObject eval(Expr e) {
    if (e instanceof Expr.Constant c) {
      return constant(c.value());
    }
    if (e instanceof Expr.Name n) {
      PyObject v = env.get(n.id());
      return v != null ? v : builtin(n.id());
    }
    if (e instanceof Expr.List l) {
      return PyList.of(evalAll(l.elts()));
    }
    if (e instanceof Expr.Tuple t) {
      return PyTuple.of(evalAll(t.elts()));
    }
    if (e instanceof Expr.Set s) {
      PySet set = new PySet();
      for (PyObject v : evalAll(s.elts())) {
        set.add(v);
      }
      return set;
    }
    if (e instanceof Expr.Dict d) {
      PyDict dict = new PyDict();
      for (int i = 0; i < d.keys().size(); i++) {
        dict.put(eval(d.keys().get(i)), eval(d.values().get(i)));
      }
      return dict;
    }
    if (e instanceof Expr.BinOp b) {
      return Abstract.binaryOp(eval(b.left()), eval(b.right()), binaryOp(b.op()));
    }
    if (e instanceof Expr.UnaryOp u) {
      PyObject v = eval(u.operand());
      switch (u.op()) {
        case NOT: return PyBool.of(!Abstract.isTrue(v));
        case USUB: return Abstract.neg(v);
        case UADD: return Abstract.pos(v);
        default: return Abstract.invert(v);
      }
    }
    if (e instanceof Expr.BoolOp b) {
      PyObject v = null;
      for (Expr x : b.values()) {
        v = eval(x);
        if (Abstract.isTrue(v) == (b.op() == dev.krait.core.ast.BoolOperator.OR)) {
          return v;
        }
      }
      return v;
    }
    if (e instanceof Expr.Compare c) {
      PyObject left = eval(c.left());
      PyObject result = PyBool.TRUE;
      for (int i = 0; i < c.ops().size(); i++) {
        PyObject right = eval(c.comparators().get(i));
        result = compare(left, c.ops().get(i), right);
        if (!Abstract.isTrue(result)) {
          return result;
        }
        left = right;
      }
      return result;
    }
    if (e instanceof Expr.IfExp i) {
      return Abstract.isTrue(eval(i.test())) ? eval(i.body()) : eval(i.orelse());
    }
    if (e instanceof Expr.NamedExpr n) {
      PyObject v = eval(n.value());
      assign(n.target(), v);
      return v;
    }
    if (e instanceof Expr.Attribute a) {
      return Abstract.getAttr(eval(a.value()), a.attr());
    }
    if (e instanceof Expr.Subscript s) {
      return Abstract.getItem(eval(s.value()), eval(s.slice()));
    }
    if (e instanceof Expr.Slice s) {
      return new PySlice(s.lower() == null ? PyNone.NONE : eval(s.lower()),
          s.upper() == null ? PyNone.NONE : eval(s.upper()),
          s.step() == null ? PyNone.NONE : eval(s.step()));
    }
    if (e instanceof Expr.Call c) {
      PyObject f = eval(c.func());
      List<PyObject> args = new ArrayList<>();
      for (Expr a : c.args()) {
        if (a instanceof Expr.Starred st) {
          Abstract.forEach(eval(st.value()), args::add);
        } else {
          args.add(eval(a));
        }
      }
      String[] names = c.keywords().isEmpty() ? null : new String[c.keywords().size()];
      for (int i = 0; i < c.keywords().size(); i++) {
        Keyword k = c.keywords().get(i);
        names[i] = k.arg();
        args.add(eval(k.value()));
      }
      return Abstract.call(f, args.toArray(new PyObject[0]), names);
    }
    if (e instanceof Expr.Lambda l) {
      List<Arg> params = l.args().args();
      return new PyBuiltinFunction("<lambda>", (a, k) -> {
        MiniEval inner = new MiniEval();
        inner.env.putAll(env);
        for (int i = 0; i < params.size(); i++) {
          inner.env.put(params.get(i).arg(), a[i]);
        }
        return inner.eval(l.body());
      });
    }
    if (e instanceof Expr.SetComp sc && sc.generators().isEmpty() == false) {
      return PySet.fromIterable(eval(new Expr.ListComp(sc.elt(), sc.generators(), 0, 0)));
    }
    if (e instanceof Expr.ListComp lc && lc.generators().size() == 1) {
      PyList out = new PyList();
      var g = lc.generators().get(0);
      PyObject it = Abstract.iter(eval(g.iter()));
      for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
        assign(g.target(), v);
        boolean ok = true;
        for (Expr cond : g.ifs()) {
          ok &= Abstract.isTrue(eval(cond));
        }
        if (ok) {
          out.append(eval(lc.elt()));
        }
      }
      return out;
    }
    throw new IllegalArgumentException("unsupported expression " + e);
  }

  private PyObject[] evalAll(List<Expr> exprs) {
    List<PyObject> out = new ArrayList<>();
    for (Expr x : exprs) {
      if (x instanceof Expr.Starred st) {
        Abstract.forEach(eval(st.value()), out::add);
      } else {
        out.add(eval(x));
      }
    }
    return out.toArray(new PyObject[0]);
  }

  private static PyObject compare(PyObject a, CmpOperator op, PyObject b) {
    switch (op) {
      case EQ: return Abstract.richCompare(a, b, CompareOp.EQ);
      case NOT_EQ: return Abstract.richCompare(a, b, CompareOp.NE);
      case LT: return Abstract.richCompare(a, b, CompareOp.LT);
      case LTE: return Abstract.richCompare(a, b, CompareOp.LE);
      case GT: return Abstract.richCompare(a, b, CompareOp.GT);
      case GTE: return Abstract.richCompare(a, b, CompareOp.GE);
      case IS: return PyBool.of(a == b);
      case IS_NOT: return PyBool.of(a != b);
      case IN: return PyBool.of(Abstract.contains(b, a));
      default: return PyBool.of(!Abstract.contains(b, a));
    }
  }

  private static BinaryOp binaryOp(dev.krait.core.ast.Operator op) {
    switch (op) {
      case ADD: return BinaryOp.ADD;
      case SUB: return BinaryOp.SUB;
      case MULT: return BinaryOp.MUL;
      case MAT_MULT: return BinaryOp.MATMUL;
      case DIV: return BinaryOp.TRUEDIV;
      case MOD: return BinaryOp.MOD;
      case POW: return BinaryOp.POW;
      case LSHIFT: return BinaryOp.LSHIFT;
      case RSHIFT: return BinaryOp.RSHIFT;
      case BIT_OR: return BinaryOp.OR;
      case BIT_XOR: return BinaryOp.XOR;
      case BIT_AND: return BinaryOp.AND;
      default: return BinaryOp.FLOORDIV;
    }
  }

  private static PyObject constant(Object v) {
    PyObject value = AstConstants.toObject(v);
    if (value == null) {
      throw new IllegalArgumentException("unsupported constant " + v);
    }
    return value;
  }

  private static PyObject fn(String name, PyBuiltinFunction.Body body) {
    return new PyBuiltinFunction(name, body);
  }

  private static PyObject builtin(String name) {
    switch (name) {
      case "list": return PyList.TYPE;
      case "tuple": return PyTuple.TYPE;
      case "dict": return PyDict.TYPE;
      case "set": return PySet.TYPE;
      case "frozenset": return PyFrozenSet.TYPE;
      case "range": return PyRange.TYPE;
      case "slice": return PySlice.TYPE;
      case "int": return PyInt.TYPE;
      case "str": return PyStr.TYPE;
      case "len": return fn(name, (a, k) -> PyInt.of(Abstract.len(a[0])));
      case "repr": return fn(name, (a, k) -> Abstract.repr(a[0]));
      case "hash": return fn(name, (a, k) -> PyInt.of(Abstract.hash(a[0])));
      case "iter": return fn(name, (a, k) -> Abstract.iter(a[0]));
      case "abs": return fn(name, (a, k) -> Abstract.abs(a[0]));
      case "type": return fn(name, (a, k) -> a[0].type());
      case "next": return fn(name, (a, k) -> {
        PyObject v = Abstract.next(a[0]);
        if (v == null) {
          throw PyErrors.stopIteration();
        }
        return v;
      });
      case "reversed": return PyReversed.TYPE;
      case "sorted": return fn(name, PyList::sorted);
      default: throw PyErrors.make(PyErrors.NAME_ERROR, "name '" + name + "' is not defined");
    }
  }
}
