package dev.krait.core.runtime;

import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Keyword;
import dev.krait.core.syntax.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates simple Python expressions (constants, displays, calls, methods, operators,
 * subscripts) on Krait's runtime, until the VM can run source: tests evaluate the same
 * expressions with python3 and compare the reprs.
 */
final class StrEval {

  private StrEval() {}

  /** Returns repr(result) or "Type: message" for each expression, as {@link #cpython} does. */
  static List<String> krait(List<String> exprs) {
    List<String> out = new ArrayList<>();
    for (String e : exprs) {
      String r;
      try {
        r = Abstract.repr(eval(Parser.parseExpression(e, "<test>").body())).value();
      } catch (PyException x) {
        r = x.value().type().name() + ": " + Abstract.str(x.value()).value();
      } catch (RuntimeException x) {
        r = "Java " + x;
      }
      out.add(r.replace("\n", "\\n"));
    }
    return out;
  }

  /** Returns what python3 gives for each expression. */
  static List<String> cpython(List<String> exprs) {
    StringBuilder script = new StringBuilder(
        "import sys\nfor line in sys.stdin.read().split('\\n')[:-1]:\n"
            + " e = eval(line)\n"
            + " try: r = repr(eval(e))\n"
            + " except Exception as x: r = type(x).__name__ + ': ' + str(x)\n"
            + " sys.stdout.buffer.write((r.replace('\\n', '\\\\n') + '\\n')"
            + ".encode('utf-8', 'surrogatepass'))\n");
    StringBuilder in = new StringBuilder();
    for (String e : exprs) {
      in.append(dev.krait.core.ast.ConstantRepr.str(e)).append('\n');
    }
    String got = CPython.runScript(script.toString(), in.toString());
    return List.of(got.split("\n", -1)).subList(0, exprs.size());
  }

  static PyObject eval(Expr e) {
    if (e instanceof Expr.Constant) {
      Object v = ((Expr.Constant) e).value();
      PyObject value = AstConstants.toObject(v);
      if (value == null) {
        throw new IllegalArgumentException("constant " + v);
      }
      return value;
    }
    if (e instanceof Expr.Name) {
      switch (((Expr.Name) e).id()) {
        case "str":
          return PyStr.TYPE;
        case "int":
          return PyInt.TYPE;
        case "True":
          return PyBool.TRUE;
        default:
          throw new IllegalArgumentException("name " + ((Expr.Name) e).id());
      }
    }
    if (e instanceof Expr.Tuple) {
      return PyTuple.of(evalAll(((Expr.Tuple) e).elts()));
    }
    if (e instanceof Expr.List) {
      return PyList.of(evalAll(((Expr.List) e).elts()));
    }
    if (e instanceof Expr.Dict) {
      Expr.Dict d = (Expr.Dict) e;
      PyDict out = new PyDict();
      for (int i = 0; i < d.keys().size(); i++) {
        out.put(eval(d.keys().get(i)), eval(d.values().get(i)));
      }
      return out;
    }
    if (e instanceof Expr.UnaryOp) {
      return Abstract.neg(eval(((Expr.UnaryOp) e).operand()));
    }
    if (e instanceof Expr.BinOp) {
      Expr.BinOp b = (Expr.BinOp) e;
      PyObject l = eval(b.left());
      PyObject r = eval(b.right());
      switch (b.op()) {
        case ADD:
          return Abstract.add(l, r);
        case MULT:
          return Abstract.mul(l, r);
        case MOD:
          return Abstract.binaryOp(l, r, BinaryOp.MOD);
        case DIV:
          return Abstract.binaryOp(l, r, BinaryOp.TRUEDIV);
        case POW:
          return Abstract.pow(l, r, PyNone.NONE);
        default:
          throw new IllegalArgumentException("op " + b.op());
      }
    }
    if (e instanceof Expr.Compare) {
      Expr.Compare c = (Expr.Compare) e;
      PyObject l = eval(c.left());
      PyObject r = eval(c.comparators().get(0));
      switch (c.ops().get(0)) {
        case IN:
          return PyBool.of(Abstract.contains(r, l));
        case EQ:
          return Abstract.richCompare(l, r, CompareOp.EQ);
        case LT:
          return Abstract.richCompare(l, r, CompareOp.LT);
        case GTE:
          return Abstract.richCompare(l, r, CompareOp.GE);
        default:
          throw new IllegalArgumentException("cmp " + c.ops());
      }
    }
    if (e instanceof Expr.Subscript) {
      Expr.Subscript s = (Expr.Subscript) e;
      PyObject v = eval(s.value());
      if (s.slice() instanceof Expr.Slice) {
        Expr.Slice sl = (Expr.Slice) s.slice();
        return Abstract.getItem(v, new PySlice(opt(sl.lower()), opt(sl.upper()), opt(sl.step())));
      }
      return Abstract.getItem(v, eval(s.slice()));
    }
    if (e instanceof Expr.Call) {
      Expr.Call c = (Expr.Call) e;
      List<PyObject> args = new ArrayList<>(List.of(evalAll(c.args())));
      String[] kwnames = null;
      if (!c.keywords().isEmpty()) {
        kwnames = new String[c.keywords().size()];
        for (int i = 0; i < kwnames.length; i++) {
          Keyword k = c.keywords().get(i);
          kwnames[i] = k.arg();
          args.add(eval(k.value()));
        }
      }
      PyObject[] a = args.toArray(new PyObject[0]);
      if (c.func() instanceof Expr.Name) {
        switch (((Expr.Name) c.func()).id()) {
          case "format":
            return a.length == 1 ? StrFormat.format(a[0], PyStr.EMPTY)
                : StrFormat.format(a[0], a[1]);
          case "repr":
            return Abstract.repr(a[0]);
          case "ascii":
            return StrPercent.ascii(a[0]);
          case "len":
            return PyInt.of(Abstract.len(a[0]));
          case "hash":
            return PyInt.of(Abstract.hash(a[0]));
          case "chr":
            return PyStr.ofCodePoint((int) ((PyInt) a[0]).longValue());
          case "list": {
            PyList out = new PyList();
            Abstract.forEach(a[0], out::append);
            return out;
          }
          case "float":
            return PyFloat.of(Double.parseDouble(((PyStr) a[0]).value()
                .replace("inf", "Infinity").replace("nan", "NaN")));
          default:
            break;
        }
      }
      return Abstract.call(eval(c.func()), a, kwnames);
    }
    if (e instanceof Expr.Attribute) {
      Expr.Attribute at = (Expr.Attribute) e;
      return Abstract.getAttr(eval(at.value()), at.attr());
    }
    throw new IllegalArgumentException("expression " + e.getClass().getSimpleName());
  }

  private static PyObject opt(Expr e) {
    return e == null ? PyNone.NONE : eval(e);
  }

  private static PyObject[] evalAll(List<Expr> es) {
    PyObject[] out = new PyObject[es.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = eval(es.get(i));
    }
    return out;
  }
}
