package dev.krait.core.runtime;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Keyword;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Stmt;
import dev.krait.core.syntax.Parser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs tiny Python snippets (assignments, calls, operators, subscripts; the last statement's
 * value is the result) straight on the runtime, for tests written before the VM can run source.
 */
final class BytesEval {

  private final Map<String, PyObject> names = new HashMap<>();

  BytesEval() {
    names.put("bytes", PyBytes.TYPE);
    names.put("bytearray", PyByteArray.TYPE);
    names.put("list", PyList.TYPE);
    names.put("str", PyStr.TYPE);
    names.put("int", PyInt.TYPE);
    names.put("type", PyType.TYPE);
  }

  /** Returns {@code ascii(result)} or the exception summary, as the Python side prints. */
  static String run(String source) {
    try {
      PyObject r = new BytesEval().exec(source);
      return BytesFormat.ascii(Abstract.repr(r).value());
    } catch (PyException e) {
      return BytesFormat.ascii(e.value().summary());
    }
  }

  /** The Python program that prints, for each line of stdin, what {@link #run} returns. */
  static final String PYTHON = String.join("\n",
      "import ast, sys",
      "for line in sys.stdin.read().split('\\n'):",
      "    if not line: continue",
      "    try:",
      "        mod = ast.parse(line)",
      "        last = mod.body.pop()",
      "        ns = {}",
      "        exec(compile(mod, '<c>', 'exec'), ns)",
      "        r = eval(compile(ast.Expression(last.value), '<c>', 'eval'), ns)",
      "        print(ascii(r))",
      "    except Exception as e:",
      "        m = type(e).__name__ + (': ' + str(e) if str(e) else '')",
      "        print(m.encode('ascii', 'backslashreplace').decode())",
      "");

  PyObject exec(String source) {
    Mod.Module m = Parser.parseModule(source, "<c>");
    PyObject last = PyNone.NONE;
    for (Stmt s : m.body()) {
      if (s instanceof Stmt.ExprStmt e) {
        last = eval(e.value());
      } else if (s instanceof Stmt.Assign a) {
        PyObject v = eval(a.value());
        for (Expr t : a.targets()) {
          assign(t, v);
        }
      } else if (s instanceof Stmt.AugAssign a) {
        PyObject v = Abstract.inplaceOp(eval(a.target()), eval(a.value()), op(a.op().name()));
        assign(a.target(), v);
      } else if (s instanceof Stmt.Delete d) {
        for (Expr t : d.targets()) {
          assign(t, null);
        }
      } else {
        throw new IllegalArgumentException("unsupported statement " + s);
      }
    }
    return last;
  }

  private void assign(Expr target, PyObject v) {
    if (target instanceof Expr.Name n) {
      names.put(n.id(), v);
      return;
    }
    Expr.Subscript s = (Expr.Subscript) target;
    PyObject o = eval(s.value());
    if (v == null) {
      Abstract.delItem(o, eval(s.slice()));
    } else {
      Abstract.setItem(o, eval(s.slice()), v);
    }
  }

  private PyObject opt(Expr e) {
    return e == null ? PyNone.NONE : eval(e);
  }

  private static BinaryOp op(String name) {
    switch (name) {
      case "ADD": return BinaryOp.ADD;
      case "SUB": return BinaryOp.SUB;
      case "MOD": return BinaryOp.MOD;
      case "POW": return BinaryOp.POW;
      case "MULT": return BinaryOp.MUL;
      default: throw new IllegalArgumentException("unsupported operator " + name);
    }
  }

  PyObject eval(Expr e) {
    if (e instanceof Expr.Constant c) {
      PyObject value = AstConstants.toObject(c.value());
      if (value == null) {
        throw new IllegalArgumentException("constant " + c.value());
      }
      return value;
    } else if (e instanceof Expr.Name n) {
      PyObject v = names.get(n.id());
      if (v == null) {
        throw new IllegalArgumentException("unknown name " + n.id());
      }
      return v;
    } else if (e instanceof Expr.Dict d) {
      PyDict r = new PyDict();
      for (int i = 0; i < d.keys().size(); i++) {
        r.put(eval(d.keys().get(i)), eval(d.values().get(i)));
      }
      return r;
    } else if (e instanceof Expr.Tuple t) {
      return PyTuple.of(all(t.elts()));
    } else if (e instanceof Expr.List l) {
      return PyList.of(all(l.elts()));
    } else if (e instanceof Expr.UnaryOp u) {
      return Abstract.neg(eval(u.operand()));
    } else if (e instanceof Expr.BinOp b) {
      return Abstract.binaryOp(eval(b.left()), eval(b.right()), op(b.op().name()));
    } else if (e instanceof Expr.Compare c) {
      PyObject a = eval(c.left());
      PyObject b = eval(c.comparators().get(0));
      switch (c.ops().get(0).pythonName()) {
        case "In": return PyBool.of(Abstract.contains(b, a));
        case "NotIn": return PyBool.of(!Abstract.contains(b, a));
        case "Eq": return Abstract.richCompare(a, b, CompareOp.EQ);
        case "NotEq": return Abstract.richCompare(a, b, CompareOp.NE);
        case "Lt": return Abstract.richCompare(a, b, CompareOp.LT);
        case "LtE": return Abstract.richCompare(a, b, CompareOp.LE);
        case "Gt": return Abstract.richCompare(a, b, CompareOp.GT);
        default: return Abstract.richCompare(a, b, CompareOp.GE);
      }
    } else if (e instanceof Expr.Slice sl) {
      return new PySlice(opt(sl.lower()), opt(sl.upper()), opt(sl.step()));
    } else if (e instanceof Expr.Subscript s) {
      return Abstract.getItem(eval(s.value()), eval(s.slice()));
    } else if (e instanceof Expr.Call c) {
      if (c.func() instanceof Expr.Name n) {
        switch (n.id()) {
          case "len": return PyInt.of(Abstract.len(eval(c.args().get(0))));
          case "hash": return PyInt.of(Abstract.hash(eval(c.args().get(0))));
          case "iter": return Abstract.iter(eval(c.args().get(0)));
          case "next": return Abstract.next(eval(c.args().get(0)));
          default: break;
        }
      }
      PyObject f = eval(c.func());
      List<Expr> pos = c.args();
      List<Keyword> kws = c.keywords();
      PyObject[] args = new PyObject[pos.size() + kws.size()];
      String[] kw = kws.isEmpty() ? null : new String[kws.size()];
      for (int i = 0; i < pos.size(); i++) {
        args[i] = eval(pos.get(i));
      }
      for (int i = 0; i < kws.size(); i++) {
        kw[i] = kws.get(i).arg();
        args[pos.size() + i] = eval(kws.get(i).value());
      }
      return Abstract.call(f, args, kw);
    } else if (e instanceof Expr.Attribute a) {
      return Abstract.getAttr(eval(a.value()), a.attr());
    }
    throw new IllegalArgumentException("unsupported expression " + e);
  }

  private PyObject[] all(List<Expr> es) {
    PyObject[] out = new PyObject[es.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = eval(es.get(i));
    }
    return out;
  }
}
