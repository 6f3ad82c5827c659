package dev.krait.core.embed;

import dev.krait.api.HostAccess;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyStr;

/**
 * The module {@code java} of a context whose engine's {@link HostAccess} allows class lookups:
 * {@code java.type(name)} returns an allowed class. Contexts without lookups have no such module.
 */
final class JavaModule {

  private JavaModule() {}

  /** Returns the module for context {@code cx}. */
  static PyModule create(KraitContext cx) {
    PyModule m = new PyModule("java");
    m.function("type", (args, kw) -> {
      if (args.length != 1 || (kw != null && kw.length > 0) || !(args[0] instanceof PyStr s)) {
        throw PyErrors.typeError("type() takes exactly one str argument");
      }
      return new PyJavaClass(lookup(s.value(), cx.engine().options().hostAccess()), cx);
    });
    return m;
  }

  private static Class<?> lookup(String name, HostAccess access) {
    if (!access.allowsClassLookup(name)) {
      throw PyErrors.make(PyErrors.PERMISSION_ERROR,
          "access to Java class '" + name + "' is not allowed");
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      return Class.forName(name, true,
          loader != null ? loader : JavaModule.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR, "no Java class '" + name + "'");
    }
  }
}
