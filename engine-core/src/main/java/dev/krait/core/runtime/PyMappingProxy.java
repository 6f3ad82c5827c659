package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;
import java.util.Map;

/**
 * A read-only view of a type's namespace: {@code cls.__dict__} ({@code mappingproxy}).
 *
 * <p>Reads go to the type's dict as it is at the time of the read, so a proxy sees later
 * assignments to the class. Operations that need a dict (iteration, the views, comparison)
 * work on a snapshot taken then.
 */
public final class PyMappingProxy extends PyObject {

  /** The builtin type {@code mappingproxy}. */
  public static final PyType TYPE =
      PyType.builtin("mappingproxy", PyMappingProxy.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.len = p -> ((PyMappingProxy) p).owner.dictView().size();
    TYPE.getItem =
        (p, k) -> {
          PyObject v = ((PyMappingProxy) p).lookup(k);
          if (v == null) {
            throw PyErrors.keyError(k);
          }
          return v;
        };
    TYPE.contains = (p, k) -> ((PyMappingProxy) p).lookup(k) != null;
    TYPE.iter = p -> Abstract.iter(((PyMappingProxy) p).snapshot());
    TYPE.repr = p -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) p).snapshot())
        .value() + ")");
    TYPE.str = p -> Abstract.str(((PyMappingProxy) p).snapshot());
    TYPE.richCompare =
        (p, o, op) -> Abstract.richCompare(((PyMappingProxy) p).snapshot(), o, op);
    TYPE.hash = ObjectMethods.UNHASHABLE;
    for (String name : new String[] {"keys", "values", "items", "copy"}) {
      PyMethodDescriptor.define(
          TYPE, name, (Fn0) p -> Abstract.callMethod(((PyMappingProxy) p).snapshot(), name));
    }
    PyMethodDescriptor.define(TYPE, "get", (FnN) (p, args, kw) -> {
      PyObject[] v = ArgParser.parse("get", args, kw, new String[] {"key", "default"}, 1, false);
      PyObject found = ((PyMappingProxy) p).lookup(v[0]);
      return found != null ? found : v[1] == null ? PyNone.NONE : v[1];
    });
    TYPE.ready();
  }

  private final PyType owner;

  /** Returns the proxy of {@code owner}'s namespace. */
  PyMappingProxy(PyType owner) {
    this.owner = owner;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject lookup(PyObject key) {
    if (!(key instanceof PyStr)) {
      Abstract.hash(key); // an unhashable key is a TypeError, as for a dict
      return null;
    }
    return owner.getOwn(((PyStr) key).value());
  }

  /** Returns a new dict with the namespace's entries, in definition order. */
  PyDict snapshot() {
    PyDict d = new PyDict();
    for (Map.Entry<String, PyObject> e : owner.dictView().entrySet()) {
      d.putStr(e.getKey(), e.getValue());
    }
    return d;
  }
}
