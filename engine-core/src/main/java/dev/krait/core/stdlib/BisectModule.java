package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.ArgParser;
import dev.krait.core.runtime.CompareOp;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;

/**
 * The {@code bisect} module as CPython's {@code _bisect}: binary search and insertion in a sorted
 * sequence, comparing only with {@code <}, with the optional {@code key=}.
 */
final class BisectModule {

  private BisectModule() {}

  private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("bisect");
    m.function("bisect_left", (a, k) -> PyInt.of(bisect("bisect_left", a, k, false)));
    m.function("bisect_right", (a, k) -> PyInt.of(bisect("bisect_right", a, k, true)));
    m.function("bisect", (a, k) -> PyInt.of(bisect("bisect_right", a, k, true)));
    m.function("insort_left", (a, k) -> insort("insort_left", a, k, false));
    m.function("insort_right", (a, k) -> insort("insort_right", a, k, true));
    m.function("insort", (a, k) -> insort("insort_right", a, k, true));
    return m;
  }

  private static long bisect(String name, PyObject[] args, String[] kw, boolean right) {
    PyObject[] p = ArgParser.parse(name, args, kw, PARAMS, 2, true);
    return search(p, p[1], right);
  }

  // insort: finds the place of key(x) (or x), then a.insert(place, x).
  private static PyObject insort(String name, PyObject[] args, String[] kw, boolean right) {
    PyObject[] p = ArgParser.parse(name, args, kw, PARAMS, 2, true);
    PyObject key = p[4];
    PyObject x = p[1];
    long at = search(p, key == null || key == PyNone.NONE ? x : Abstract.call(key, x), right);
    Abstract.callMethod(p[0], "insert", PyInt.of(at), x);
    return PyNone.NONE;
  }

  /**
   * Returns the insertion point of {@code x} in {@code p[0]} between {@code lo} and {@code hi}:
   * before equal items, or after them when {@code right}.
   */
  private static long search(PyObject[] p, PyObject x, boolean right) {
    PyObject seq = p[0];
    long lo = p[2] == null ? 0 : Abstract.index(p[2]).longValue();
    if (lo < 0) {
      throw PyErrors.valueError("lo must be non-negative");
    }
    long hi = p[3] == null || p[3] == PyNone.NONE ? -1 : Abstract.index(p[3]).longValue();
    if (hi == -1) {
      hi = Abstract.len(seq);
    }
    PyObject key = p[4] == PyNone.NONE ? null : p[4];
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      PyObject item = Abstract.getItem(seq, PyInt.of(mid));
      if (key != null) {
        item = Abstract.call(key, item);
      }
      boolean goRight = right
          ? !Abstract.richCompareBool(x, item, CompareOp.LT)
          : Abstract.richCompareBool(item, x, CompareOp.LT);
      if (goRight) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
