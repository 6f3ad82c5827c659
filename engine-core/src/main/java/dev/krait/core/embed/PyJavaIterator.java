package dev.krait.core.embed;

import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.util.Iterator;

/** A Python iterator over a Java {@link Iterator}: {@code for x in javaList}. */
final class PyJavaIterator extends PyObject {

  /** The type {@code JavaIterator}. */
  static final PyType TYPE = TypeBuilder.of("JavaIterator", PyJavaIterator.class, PyType.OBJECT)
      .iter(self -> self)
      .next(self -> ((PyJavaIterator) self).next())
      .ready();

  private final Iterator<?> it;
  private final KraitContext cx;

  PyJavaIterator(Iterator<?> it, KraitContext cx) {
    this.it = it;
    this.cx = cx;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject next() {
    try {
      return it.hasNext() ? Conversions.toPython(it.next(), cx) : null;
    } catch (PyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.fromJava(e, cx);
    }
  }
}
