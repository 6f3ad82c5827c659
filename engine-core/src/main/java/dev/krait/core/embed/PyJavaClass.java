package dev.krait.core.embed;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A Java class a script looked up by name ({@code java.type('java.math.BigDecimal')}, only
 * classes {@link dev.krait.api.HostAccess} allows): calling it constructs, its attributes are the
 * public static fields and methods.
 */
final class PyJavaClass extends PyObject {

  /** The type {@code JavaClass}. */
  static final PyType TYPE = TypeBuilder.of("JavaClass", PyJavaClass.class, PyType.OBJECT)
      .getAttr(PyJavaClass::getAttr)
      .call((self, args, kw) -> ((PyJavaClass) self).construct(args, kw))
      .repr(self -> PyStr.of("<java class '" + ((PyJavaClass) self).type.getName() + "'>"))
      .ready();

  private final Class<?> type;
  private final KraitContext cx;

  PyJavaClass(Class<?> type, KraitContext cx) {
    this.type = type;
    this.cx = cx;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private static PyObject getAttr(PyObject self, String name) {
    PyJavaClass c = (PyJavaClass) self;
    JavaMembers m = JavaMembers.of(c.type);
    if (!name.startsWith("__")) {
      Field f = m.field(name);
      if (f != null && Modifier.isStatic(f.getModifiers())) {
        return JavaCalls.getField(null, f, c.cx);
      }
      Method[] group = m.staticMethods(name);
      if (group != null) {
        return new PyJavaMethod(null, group, c.cx);
      }
    }
    return Abstract.genericGetAttr(self, name);
  }

  private PyObject construct(PyObject[] args, String[] kwnames) {
    Constructor<?>[] group = JavaMembers.of(type).constructors();
    if (group.length == 0) {
      throw PyErrors.typeError("cannot create '" + type.getName() + "' instances");
    }
    return JavaCalls.construct(group, args, kwnames, cx);
  }
}
