package dev.krait.core.embed;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyObject;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Python objects behind Java interfaces ({@link java.lang.reflect.Proxy}): a callable as a
 * functional interface ({@code Function}, {@code Runnable}, …), any object as an interface whose
 * methods are its attributes, the globals of {@code __main__} as an interface of its functions.
 */
final class Proxies {

  private Proxies() {}

  /** Returns {@code o} as an implementation of interface {@code type}. */
  static Object implement(PyObject o, Class<?> type, KraitContext cx) {
    Method single = JavaMembers.singleAbstractMethod(type);
    boolean callable = o.type().lookup("__call__") != null;
    return proxy(type, cx, (proxy, m, args) -> {
      if (callable && single != null && sameMethod(m, single)
          && Abstract.lookupAttr(o, m.getName()) == null) {
        return Abstract.call(o, cx.toPython(args));
      }
      PyObject f = Abstract.lookupAttr(o, m.getName());
      if (f == null) {
        if (m.isDefault()) {
          return DEFAULT;
        }
        throw Abstract.noAttribute(o, m.getName());
      }
      return Abstract.call(f, cx.toPython(args));
    }, o);
  }

  /** Returns an implementation of {@code type} whose methods are the functions of {@code globals}. */
  static <T> T ofGlobals(PyDict globals, Class<T> type, KraitContext cx) {
    return type.cast(proxy(type, cx, (proxy, m, args) -> {
      PyObject f = globals.getStr(m.getName());
      if (f == null) {
        if (m.isDefault()) {
          return DEFAULT;
        }
        throw PyErrors.make(PyErrors.NAME_ERROR, "name '" + m.getName() + "' is not defined");
      }
      return Abstract.call(f, cx.toPython(args));
    }, globals));
  }

  /** Calls Python for one interface method: returns the result, or {@link #DEFAULT}. */
  @FunctionalInterface
  private interface Target {
    Object call(Object proxy, Method m, Object[] args);
  }

  // What a Target returns to run the interface's default method instead.
  private static final Object DEFAULT = new Object();

  private static Object proxy(Class<?> type, KraitContext cx, Target target, PyObject self) {
    InvocationHandler h = (proxy, m, args) -> {
      if (m.getDeclaringClass() == Object.class) {
        return switch (m.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> cx.within(() -> Abstract.str(self).value());
        };
      }
      Object r = cx.within(() -> {
        Object v = target.call(proxy, m, args);
        return v == DEFAULT || m.getReturnType() == void.class ? v
            : Conversions.toJava((PyObject) v, m.getReturnType(), cx);
      });
      if (r == DEFAULT) {
        return InvocationHandler.invokeDefault(proxy, m, args);
      }
      return m.getReturnType() == void.class ? null : r;
    };
    ClassLoader loader = type.getClassLoader() != null
        ? type.getClassLoader() : Proxies.class.getClassLoader();
    return Proxy.newProxyInstance(loader, new Class<?>[] {type}, h);
  }

  private static boolean sameMethod(Method a, Method b) {
    return a.getName().equals(b.getName())
        && java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
  }
}
