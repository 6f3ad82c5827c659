package dev.krait.core.runtime;

import dev.krait.core.ast.Expr;
import java.math.BigInteger;

/** Turns the value of an {@link Expr.Constant} into the runtime object it denotes. */
public final class AstConstants {

  private AstConstants() {}

  /**
   * Returns the Python object for {@code value}, one of the Java types {@link Expr.Constant}
   * documents, or null if it is none of them.
   */
  public static PyObject toObject(Object value) {
    if (value instanceof String s) {
      return PyStr.of(s);
    }
    if (value instanceof Long l) {
      return PyInt.of(l);
    }
    if (value == Expr.Singleton.NONE) {
      return PyNone.NONE;
    }
    if (value instanceof Boolean b) {
      return PyBool.of(b);
    }
    if (value instanceof Double d) {
      return PyFloat.of(d);
    }
    if (value instanceof BigInteger b) {
      return PyInt.of(b);
    }
    if (value == Expr.Singleton.ELLIPSIS) {
      return PyEllipsis.ELLIPSIS;
    }
    if (value instanceof Expr.Imaginary im) {
      return PyComplex.of(0.0, im.imag());
    }
    if (value instanceof Expr.CodePoints cps) {
      // A str that a Java String cannot hold (a high surrogate before a low one): see PyStr.
      int[] points = cps.codePoints();
      return PyStr.ofCodePoints(points, 0, points.length);
    }
    if (value instanceof byte[] bytes) {
      return PyBytes.of(bytes);
    }
    return null;
  }
}
