package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyMethod;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/** A function defined in Python: code, globals, defaults, keyword defaults and closure. */
public final class PyFunction extends PyObject {

  /** The type {@code function}. */
  public static final PyType TYPE =
      TypeBuilder.of("function", PyFunction.class, PyType.OBJECT)
          .repr(f -> PyStr.of(((PyFunction) f).repr()))
          .call((f, args, kw) -> ((PyFunction) f).call(args, kw))
          .getAttr((f, name) -> ((PyFunction) f).getAttr(name))
          .setAttr((f, name, value) -> ((PyFunction) f).setAttr(name, value))
          .methodDescriptor(
              (f, obj, type) -> obj == null || obj == PyNone.NONE ? f : new PyMethod(f, obj))
          .ready();

  private static final PyObject[] NO_DEFAULTS = new PyObject[0];

  /** The flags of code whose call makes a generator, coroutine or async generator. */
  private static final int RESUMABLE =
      CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR;

  final CodeObject code;
  final PyDict globals;
  final PyDict builtins;
  private String name;
  String qualname;
  PyObject[] defaults;
  PyDict kwDefaults;
  final PyCell[] closure;
  /** The number of fast locals of a frame of this function ({@code code.localsPlusSize()}). */
  final int frameLocals;
  /** The length of a frame's array: fast locals, the deepest stack and one spare slot. */
  final int frameSize;
  /**
   * The number of positional parameters when they are all there is to bind (no {@code *args},
   * {@code **kwargs} or keyword-only parameters), else -1.
   */
  final int plainArgCount;
  private PyObject doc;
  /** {@code __annotations__}: a dict, or the flat (name, value, ...) tuple it is made from. */
  private PyObject annotations;

  /** Returns a function; {@code defaults}, {@code kwDefaults} and {@code closure} may be null. */
  public PyFunction(
      CodeObject code,
      PyDict globals,
      PyDict builtins,
      String qualname,
      PyObject[] defaults,
      PyDict kwDefaults,
      PyCell[] closure) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name();
    this.qualname = qualname;
    this.defaults = defaults == null ? NO_DEFAULTS : defaults;
    this.kwDefaults = kwDefaults;
    this.closure = closure;
    this.frameLocals = code.localsPlusSize();
    this.frameSize = frameLocals + code.stackSize() + 1;
    boolean plain = (code.flags() & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0
        && code.kwOnlyArgCount() == 0;
    this.plainArgCount = plain ? code.argCount() : -1;
    // As CPython: the docstring is the code's first constant, when that is a str.
    PyObject[] consts = code.consts();
    this.doc = consts.length > 0 && consts[0] instanceof PyStr ? consts[0] : PyNone.NONE;
  }

  /** Sets the annotations MAKE_FUNCTION got: a flat tuple of names and values. */
  void setAnnotations(PyTuple namesAndValues) {
    annotations = namesAndValues;
  }

  /** Returns {@code __annotations__}, made a dict (and kept) on first use. */
  private PyDict annotations() {
    if (annotations instanceof PyDict d) {
      return d;
    }
    PyDict d = new PyDict();
    if (annotations instanceof PyTuple t) {
      for (int i = 0; i + 1 < t.size(); i += 2) {
        d.put(t.get(i), t.get(i + 1));
      }
    }
    annotations = d;
    return d;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code __code__}. */
  public CodeObject code() {
    return code;
  }

  /** Returns {@code __name__}. */
  public String name() {
    return name;
  }

  /** Returns {@code __qualname__}. */
  public String qualname() {
    return qualname;
  }

  /** Returns the result of calling the function with the general argument convention. */
  public PyObject call(PyObject[] args, String[] kwnames) {
    return call(ThreadState.current(), args, kwnames);
  }

  /**
   * Returns the result of the call on thread state {@code ts}: a generator for a generator
   * function, a coroutine for an {@code async def}, else the value the body returns. The
   * interpreter's CALL comes here directly, so the thread-local lookup above stays off the
   * Python-to-Python path.
   */
  PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    return run(Calls.bind(this, args, kwnames, ts.frame), ts);
  }

  /** Runs {@code frame}, bound for this function: a generator for a generator function. */
  PyObject run(Frame frame, ThreadState ts) {
    int flags = code.flags();
    if ((flags & RESUMABLE) == 0) {
      return Interpreter.execute(frame, ts);
    }
    if ((flags & CodeObject.CO_GENERATOR) != 0) {
      return new PyGenerator(frame);
    } else if ((flags & CodeObject.CO_COROUTINE) != 0) {
      return new PyCoroutine(frame);
    }
    return new PyAsyncGenerator(frame);
  }

  private PyObject getAttr(String attr) {
    switch (attr) {
      case "__name__":
        return PyStr.of(name);
      case "__qualname__":
        return PyStr.of(qualname);
      case "__code__":
        return code;
      case "__globals__":
        return globals;
      case "__module__": {
        PyObject m = globals.getStr("__name__");
        return m == null ? PyNone.NONE : m;
      }
      case "__defaults__":
        return defaults.length == 0 ? PyNone.NONE : PyTuple.of(defaults);
      case "__kwdefaults__":
        return kwDefaults == null ? PyNone.NONE : kwDefaults;
      case "__doc__":
        return doc;
      case "__annotations__":
        return annotations();
      case "__closure__":
        return closure == null ? PyNone.NONE : PyTuple.of(closure);
      case "__builtins__":
        return builtins;
      case "__dict__":
        return dict;
      default:
        break;
    }
    PyObject v = dict.getStr(attr);
    return v != null ? v : Abstract.genericGetAttr(this, attr);
  }

  private void setAttr(String attr, PyObject value) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        if (!(value instanceof PyStr s)) {
          throw PyErrors.typeError(attr + " must be set to a string object");
        }
        if (attr.equals("__name__")) {
          name = s.value();
        } else {
          qualname = s.value();
        }
        return;
      case "__defaults__":
        if (value == null || value == PyNone.NONE) {
          defaults = NO_DEFAULTS;
        } else if (value instanceof PyTuple t) {
          PyObject[] d = new PyObject[t.size()];
          for (int i = 0; i < d.length; i++) {
            d[i] = t.get(i);
          }
          defaults = d;
        } else {
          throw PyErrors.typeError("__defaults__ must be set to a tuple object");
        }
        return;
      case "__kwdefaults__":
        if (value == null || value == PyNone.NONE) {
          kwDefaults = null;
        } else if (value instanceof PyDict d) {
          kwDefaults = d;
        } else {
          throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
        }
        return;
      case "__doc__":
        doc = value == null ? PyNone.NONE : value;
        return;
      case "__annotations__":
        if (value != null && value != PyNone.NONE && !(value instanceof PyDict)) {
          throw PyErrors.typeError("__annotations__ must be set to a dict object");
        }
        annotations = value == PyNone.NONE ? null : value;
        return;
      case "__closure__":
      case "__globals__":
      case "__builtins__":
        throw PyErrors.attributeError("readonly attribute");
      default:
        Abstract.genericSetAttr(this, attr, value);
    }
  }

  @Override
  public PyDict dict() {
    return dict;
  }

  private final PyDict dict = new PyDict();

  private String repr() {
    return "<function " + qualname + " at 0x"
        + Integer.toHexString(System.identityHashCode(this)) + ">";
  }
}
