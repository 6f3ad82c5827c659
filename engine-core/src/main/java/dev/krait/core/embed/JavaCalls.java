package dev.krait.core.embed;

import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.StringJoiner;

/**
 * Calls Java from scripts: picks the overload that fits the Python arguments best (by count,
 * then by {@link Conversions#rank}), packs varargs, converts, invokes, and turns what the
 * method throws into a Python exception that keeps the Java one.
 */
final class JavaCalls {

  private JavaCalls() {}

  /** Returns {@code target.name(*args)} for the overloads {@code group} of method {@code name}. */
  static PyObject invoke(Object target, Method[] group, PyObject[] args, String[] kwnames,
      KraitContext cx) {
    Method best = (Method) choose(group, args, kwnames);
    Object[] javaArgs = convert(best, args, cx);
    Object result;
    try {
      result = best.invoke(target, javaArgs);
    } catch (InvocationTargetException e) {
      throw Errors.fromJava(e.getCause(), cx);
    } catch (IllegalAccessException e) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "cannot call " + best + ": " + e.getMessage());
    }
    return best.getReturnType() == void.class ? PyNone.NONE : Conversions.toPython(result, cx);
  }

  /** Returns a new instance from the constructor of {@code group} that fits {@code args}. */
  static PyObject construct(Constructor<?>[] group, PyObject[] args, String[] kwnames,
      KraitContext cx) {
    Constructor<?> best = (Constructor<?>) choose(group, args, kwnames);
    Object[] javaArgs = convert(best, args, cx);
    try {
      return Conversions.toPython(best.newInstance(javaArgs), cx);
    } catch (InvocationTargetException e) {
      throw Errors.fromJava(e.getCause(), cx);
    } catch (IllegalAccessException | InstantiationException e) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "cannot call " + best + ": " + e.getMessage());
    }
  }

  private static Executable choose(Executable[] group, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError(name(group[0]) + "() takes no keyword arguments");
    }
    Executable best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Executable m : group) {
      int r = rank(m, args);
      if (r >= 0 && r < bestRank) {
        best = m;
        bestRank = r;
      }
    }
    if (best == null) {
      throw noOverload(group, args);
    }
    return best;
  }

  /** Returns the value of public field {@code f} of {@code target}. */
  static PyObject getField(Object target, Field f, KraitContext cx) {
    try {
      return Conversions.toPython(f.get(target), cx);
    } catch (IllegalAccessException e) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "cannot read " + f + ": " + e.getMessage());
    }
  }

  /** Sets public field {@code f} of {@code target} to {@code value}. */
  static void setField(Object target, Field f, PyObject value, KraitContext cx) {
    if (java.lang.reflect.Modifier.isFinal(f.getModifiers())) {
      throw PyErrors.attributeError("'" + JavaMembers.of(target.getClass()).simpleName()
          + "' object attribute '" + f.getName() + "' is read-only");
    }
    try {
      f.set(target, Conversions.toJava(value, f.getType(), cx));
    } catch (IllegalAccessException e) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "cannot write " + f + ": " + e.getMessage());
    }
  }

  // -1 when the method cannot take the arguments, else the sum of the argument ranks (a varargs
  // call ranks after any fixed-arity fit).
  private static int rank(Executable m, PyObject[] args) {
    Class<?>[] ps = m.getParameterTypes();
    int n = ps.length;
    if (args.length == n) {
      int total = 0;
      for (int i = 0; i < n; i++) {
        int r = Conversions.rank(args[i], ps[i]);
        if (r < 0) {
          total = -1;
          break;
        }
        total += r;
      }
      if (total >= 0) {
        return total;
      }
    }
    if (!m.isVarArgs() || args.length < n - 1) {
      return -1;
    }
    int total = 100;
    for (int i = 0; i < args.length; i++) {
      Class<?> p = i < n - 1 ? ps[i] : ps[n - 1].getComponentType();
      int r = Conversions.rank(args[i], p);
      if (r < 0) {
        return -1;
      }
      total += r;
    }
    return total;
  }

  private static Object[] convert(Executable m, PyObject[] args, KraitContext cx) {
    Class<?>[] ps = m.getParameterTypes();
    int n = ps.length;
    boolean fixed = args.length == n && (!m.isVarArgs()
        || Conversions.rank(args[n - 1], ps[n - 1]) >= 0);
    Object[] out = new Object[n];
    if (fixed) {
      for (int i = 0; i < n; i++) {
        out[i] = Conversions.toJava(args[i], ps[i], cx);
      }
      return out;
    }
    for (int i = 0; i < n - 1; i++) {
      out[i] = Conversions.toJava(args[i], ps[i], cx);
    }
    Class<?> component = ps[n - 1].getComponentType();
    Object rest = Array.newInstance(component, args.length - (n - 1));
    for (int i = n - 1; i < args.length; i++) {
      Array.set(rest, i - (n - 1), Conversions.toJava(args[i], component, cx));
    }
    out[n - 1] = rest;
    return out;
  }

  private static RuntimeException noOverload(Executable[] group, PyObject[] args) {
    StringJoiner types = new StringJoiner(", ", "(", ")");
    for (PyObject a : args) {
      types.add(a.type().name());
    }
    StringJoiner sigs = new StringJoiner("; ");
    for (Executable m : group) {
      StringJoiner ps = new StringJoiner(", ", name(m) + "(", ")");
      for (Class<?> p : m.getParameterTypes()) {
        ps.add(p.getSimpleName());
      }
      sigs.add(ps.toString());
    }
    return PyErrors.typeError("no overload of " + name(group[0]) + "() takes " + types
        + "; candidates: " + sigs);
  }

  private static String name(Executable e) {
    return e instanceof Constructor<?> c ? c.getDeclaringClass().getSimpleName() : e.getName();
  }
}
