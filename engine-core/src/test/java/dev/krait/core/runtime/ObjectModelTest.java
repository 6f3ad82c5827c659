package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Classes, MRO, slots, attribute lookup and exceptions. Expected texts were printed by python3
 * (CPython 3.11.7) for the equivalent Python code, quoted beside each case; the golden script
 * {@code golden/classes/object_model_messages.py} runs that code and checks it against python3
 * at every build, so these texts cannot drift from CPython's unnoticed.
 */
class ObjectModelTest {

  private static PyType cls(String name, PyType... bases) {
    Map<String, PyObject> ns = new LinkedHashMap<>();
    ns.put("__module__", PyStr.of("__main__"));
    return PyType.newClass(PyType.TYPE, name, List.of(bases), ns);
  }

  private static String error(Runnable r) {
    return assertThrows(PyException.class, r::run).value().summary();
  }

  @Test
  void mroIsC3AndConflictsUseCPythonsMessage() {
    PyType a = cls("A");
    PyType b = cls("B", a);
    PyType c = cls("C", a);
    PyType d = cls("D", b, c);
    assertEquals(List.of(d, b, c, a, PyType.OBJECT), d.mro());
    // class C(A, B) where B(A): CPython 3.11's text
    assertEquals(
        "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
        error(() -> cls("E", a, b)));
    assertEquals("TypeError: duplicate base class A", error(() -> cls("F", a, a)));
  }

  @Test
  void attributesFollowInstanceDictAndType() {
    PyType a = cls("A");
    PyObject obj = Abstract.call(a);
    Abstract.setAttr(obj, "x", PyInt.of(5));
    assertEquals("5", Abstract.repr(Abstract.getAttr(obj, "x")).value());
    // A().y
    assertEquals("AttributeError: 'A' object has no attribute 'y'",
        error(() -> Abstract.getAttr(obj, "y")));
    // int.x
    assertEquals("AttributeError: type object 'int' has no attribute 'x'",
        error(() -> Abstract.getAttr(PyInt.TYPE, "x")));
    // int.x = 1
    assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'",
        error(() -> Abstract.setAttr(PyInt.TYPE, "x", PyInt.of(1))));
    // A.z = 3; A().z
    Abstract.setAttr(a, "z", PyInt.of(3));
    assertEquals("3", Abstract.getAttr(Abstract.call(a), "z").toString());
  }

  @Test
  void builtinSlotsAreVisibleAsMethods() {
    // (1).__add__(2), int.__add__(1, 2), (5).__repr__()
    assertEquals("3", Abstract.callMethod(PyInt.of(1), "__add__", PyInt.of(2)).toString());
    assertEquals("3",
        Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__"), PyInt.of(1), PyInt.of(2))
            .toString());
    assertEquals("'5'", Abstract.callMethod(PyInt.of(5), "__repr__").toString());
    // (1).__add__('a') is NotImplemented
    assertEquals("NotImplemented",
        Abstract.callMethod(PyInt.of(1), "__add__", PyStr.of("a")).toString());
    // True + 1, repr(True & True), repr(True & 3)
    assertEquals("2", Abstract.add(PyBool.TRUE, PyInt.of(1)).toString());
    assertEquals("True", Abstract.binaryOp(PyBool.TRUE, PyBool.TRUE, BinaryOp.AND).toString());
    assertEquals("1", Abstract.binaryOp(PyBool.TRUE, PyInt.of(3), BinaryOp.AND).toString());
  }

  @Test
  void operatorErrorsUseCPythonsWording() {
    assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        error(() -> Abstract.add(PyInt.of(1), PyStr.of("a"))));
    assertEquals("TypeError: can only concatenate str (not \"int\") to str",
        error(() -> Abstract.add(PyStr.of("a"), PyInt.of(1))));
    assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
        error(() -> Abstract.richCompare(PyInt.of(1), PyStr.of("a"), CompareOp.LT)));
    assertEquals("TypeError: unhashable type: 'dict'", error(() -> Abstract.hash(new PyDict())));
    assertEquals("TypeError: bad operand type for unary -: 'str'",
        error(() -> Abstract.neg(PyStr.of("a"))));
    assertEquals("TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
        error(() -> Abstract.inplaceOp(PyInt.of(1), PyStr.of("a"), BinaryOp.ADD)));
  }

  @Test
  void subclassOfIntKeepsIntSlots() {
    PyType myInt = cls("MyInt", PyInt.TYPE);
    assertEquals(PyInt.TYPE.binarySlot(BinaryOp.ADD), myInt.binarySlot(BinaryOp.ADD));
    assertEquals("TypeError: type 'bool' is not an acceptable base type",
        error(() -> cls("B", PyBool.TYPE)));
    assertEquals("TypeError: multiple bases have instance lay-out conflict",
        error(() -> cls("T", PyInt.TYPE, PyStr.TYPE)));
  }

  @Test
  void exceptionsStrAndRepr() {
    // str(KeyError('k')), repr(ValueError()), str(ValueError(1, 2)), repr(ValueError('x'))
    PyObject ke = Abstract.call(PyErrors.KEY_ERROR, PyStr.of("k"));
    assertEquals("'k'", Abstract.str(ke).value());
    assertEquals("ValueError()", Abstract.repr(Abstract.call(PyErrors.VALUE_ERROR)).value());
    assertEquals("(1, 2)",
        Abstract.str(Abstract.call(PyErrors.VALUE_ERROR, PyInt.of(1), PyInt.of(2))).value());
    assertEquals("ValueError('x')",
        Abstract.repr(Abstract.call(PyErrors.VALUE_ERROR, PyStr.of("x"))).value());
    // StopIteration(1).value; SystemExit(1, 2).code
    assertEquals("1", Abstract.getAttr(Abstract.call(PyErrors.STOP_ITERATION, PyInt.of(1)),
        "value").toString());
    assertEquals("(1, 2)", Abstract.getAttr(
        Abstract.call(PyErrors.SYSTEM_EXIT, PyInt.of(1), PyInt.of(2)), "code").toString());
    // ValueError(a=1)
    assertEquals("TypeError: ValueError() takes no keyword arguments", error(() ->
        Abstract.call(PyErrors.VALUE_ERROR, new PyObject[] {PyInt.of(1)}, new String[] {"a"})));
    assertEquals(List.of(PyErrors.EXCEPTION_GROUP, PyErrors.BASE_EXCEPTION_GROUP,
        PyErrors.EXCEPTION, PyErrors.BASE_EXCEPTION, PyType.OBJECT),
        PyErrors.EXCEPTION_GROUP.mro());
  }
}
