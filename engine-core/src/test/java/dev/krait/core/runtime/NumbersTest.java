package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binary operators, comparisons and hashes of ints and floats, checked against python3. */
class NumbersTest {

  private static final String[] INTS = {
    "0", "1", "-1", "7", "-7", "2", "-3", "3", "255", "9223372036854775807",
    "-9223372036854775808", "4611686018427387904", "100000000000000000000000",
    "-123456789012345678901234567890", "9007199254740993", "2305843009213693951"
  };
  private static final String[] FLOATS = {
    "0.0", "-0.0", "1.5", "-7.5", "2.675", "1e308", "0.1", "9007199254740992.0",
    "inf", "-inf", "nan", "1e-05", "3.0"
  };
  private static final String[] OPS = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&",
    "|", "^", "<", "==", "!=", ">=", "divmod"};

  private static PyObject value(String s) {
    if (s.contains(".") || s.contains("e") || s.contains("n")) {
      switch (s) {
        case "inf": return PyFloat.of(Double.POSITIVE_INFINITY);
        case "-inf": return PyFloat.of(Double.NEGATIVE_INFINITY);
        case "nan": return PyFloat.of(Double.NaN);
        default: return PyFloat.of(Double.parseDouble(s));
      }
    }
    return PyInt.of(new BigInteger(s));
  }

  private static String py(String s) {
    return s.matches("-?inf|nan") ? "float('" + s + "')" : "(" + s + ")";
  }

  private static String run(PyObject a, PyObject b, String op) {
    try {
      PyObject r;
      switch (op) {
        case "<": r = Abstract.richCompare(a, b, CompareOp.LT); break;
        case "==": r = Abstract.richCompare(a, b, CompareOp.EQ); break;
        case "!=": r = Abstract.richCompare(a, b, CompareOp.NE); break;
        case ">=": r = Abstract.richCompare(a, b, CompareOp.GE); break;
        case "divmod": r = Abstract.binaryOp(a, b, BinaryOp.DIVMOD); break;
        default:
          BinaryOp bop = null;
          for (BinaryOp o : BinaryOp.values()) {
            if (o.symbol().equals(op) || (o == BinaryOp.POW && op.equals("**"))) {
              bop = o;
            }
          }
          r = Abstract.binaryOp(a, b, bop);
      }
      return Abstract.repr(r).value();
    } catch (PyException e) {
      return e.value().summary();
    }
  }

  @Test
  void binaryOperatorsMatchCPython() {
    CPython.require();
    List<String> values = new ArrayList<>(List.of(INTS));
    values.addAll(List.of(FLOATS));
    values.add("True");
    StringBuilder script = new StringBuilder("import sys\nvals=[");
    for (String v : values) {
      script.append(py(v)).append(',');
    }
    script.append("]\nops=[");
    for (String op : OPS) {
      script.append("'").append(op).append("',");
    }
    script.append("]\nfor a in vals:\n for b in vals:\n  for op in ops:\n   try:\n"
        + "    if op == 'divmod': r = divmod(a, b)\n"
        + "    elif op in ('<<', '**') and (isinstance(b, int) and b > 5000): raise MemoryError\n"
        + "    else: r = eval('a ' + op + ' b')\n"
        + "    print(repr(r))\n"
        + "   except Exception as e:\n"
        + "    print(type(e).__name__ + (': ' + str(e) if str(e) else ''))\n");
    String[] expected = CPython.runScript(script.toString(), "").split("\n");
    int n = 0;
    List<String> failures = new ArrayList<>();
    for (String a : values) {
      for (String b : values) {
        for (String op : OPS) {
          PyObject x = a.equals("True") ? PyBool.TRUE : value(a);
          PyObject y = b.equals("True") ? PyBool.TRUE : value(b);
          String got;
          if ((op.equals("<<") || op.equals("**")) && y instanceof PyInt
              && ((PyInt) y).signum() > 0 && (((PyInt) y).isBig()
              || ((PyInt) y).longValue() > 5000)) {
            got = "MemoryError";
          } else {
            got = run(x, y, op);
          }
          if (!got.equals(expected[n])) {
            failures.add(a + " " + op + " " + b + ": expected " + expected[n] + " got " + got);
          }
          n++;
        }
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())),
        failures.size() + " of " + n + " cases differ");
  }

  @Test
  void numericHashMatchesCPython() {
    CPython.require();
    List<String> values = new ArrayList<>(List.of(INTS));
    values.addAll(List.of(FLOATS));
    values.remove("nan");
    StringBuilder script = new StringBuilder();
    List<String> got = new ArrayList<>();
    for (String v : values) {
      script.append("print(hash(").append(py(v)).append("))\n");
      got.add(Long.toString(Abstract.hash(value(v))));
    }
    assertEquals(List.of(CPython.runScript(script.toString(), "").split("\n")), got);
  }
}
