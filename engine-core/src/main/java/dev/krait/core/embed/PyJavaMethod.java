package dev.krait.core.embed;

import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.lang.reflect.Method;

/** A Java method bound to its object ({@code order.setTotal}): calling it picks the overload. */
final class PyJavaMethod extends PyObject {

  /** The type {@code JavaMethod}. */
  static final PyType TYPE = TypeBuilder.of("JavaMethod", PyJavaMethod.class, PyType.OBJECT)
      .call((self, args, kw) -> ((PyJavaMethod) self).call(args, kw))
      .repr(self -> PyStr.of("<java method " + ((PyJavaMethod) self).group[0].getName() + ">"))
      .ready();

  private final Object target;
  private final Method[] group;
  private final KraitContext cx;

  PyJavaMethod(Object target, Method[] group, KraitContext cx) {
    this.target = target;
    this.group = group;
    this.cx = cx;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject call(PyObject[] args, String[] kwnames) {
    return JavaCalls.invoke(target, group, args, kwnames, cx);
  }
}
