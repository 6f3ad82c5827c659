package dev.krait.core.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} as CPython 3.11's
 * {@code Objects/exceptions.c}: construction with its checks, {@code split}, {@code subgroup},
 * {@code derive}; and the two steps of {@code except*}: matching a clause (CHECK_EG_MATCH) and
 * the exception left to raise after all clauses ran (PREP_RERAISE_STAR).
 */
public final class ExceptionGroups {

  private ExceptionGroups() {}

  private static final int MESSAGE = 0;
  private static final int EXCEPTIONS = 1;

  /** Sets up {@code BaseExceptionGroup} (ExceptionGroup inherits it all). */
  static void define(PyType t) {
    ExceptionTypes.field(t, "message", MESSAGE);
    ExceptionTypes.field(t, "exceptions", EXCEPTIONS);
    t.newSlot = ExceptionGroups::newGroup;
    PyMethodDescriptor.define(t, "derive", (self, excs) ->
        Abstract.call(PyErrors.BASE_EXCEPTION_GROUP, message(self), excs));
    PyMethodDescriptor.define(t, "split", (self, matcher) -> {
      Matcher m = matcher(matcher);
      PyObject[] parts = split((PyBaseException) self, m, true);
      return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
    });
    PyMethodDescriptor.define(t, "subgroup", (self, matcher) ->
        orNone(split((PyBaseException) self, matcher(matcher), false)[0]));
  }

  private static PyObject message(PyObject group) {
    return ((PyBaseException) group).fields[MESSAGE];
  }

  private static PyTuple exceptions(PyBaseException group) {
    return (PyTuple) group.fields[EXCEPTIONS];
  }

  private static PyObject orNone(PyObject o) {
    return o == null ? PyNone.NONE : o;
  }

  /** Returns the sub-exceptions of exception group {@code group}. */
  public static PyTuple exceptionsOf(PyBaseException group) {
    return exceptions(group);
  }

  /** Returns whether {@code o} is an exception group. */
  public static boolean isGroup(PyObject o) {
    return o instanceof PyBaseException && o.type().isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP);
  }

  // BaseExceptionGroup.__new__(message, exceptions): BaseExceptionGroup becomes ExceptionGroup
  // when every item is an Exception; ExceptionGroup refuses other BaseExceptions.
  private static PyObject newGroup(PyType type, PyObject[] args, String[] kw) {
    int n = args.length - (kw == null ? 0 : kw.length);
    if (n != 2) {
      throw PyErrors.typeError(
          "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
    }
    if (!(args[0] instanceof PyStr)) {
      throw PyErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
          + args[0].type().name());
    }
    PyObject seq = args[1];
    if (seq.type().lookup("__getitem__") == null || seq instanceof PyDict) {
      throw PyErrors.typeError("second argument (exceptions) must be a sequence");
    }
    PyTuple excs = PyTuple.fromIterable(seq);
    if (excs.size() == 0) {
      throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
    }
    boolean nestsBase = false;
    for (int i = 0; i < excs.size(); i++) {
      PyObject e = excs.get(i);
      if (!(e instanceof PyBaseException)) {
        throw PyErrors.valueError(
            "Item " + i + " of second argument (exceptions) is not an exception");
      }
      nestsBase |= !e.type().isSubtypeOf(PyErrors.EXCEPTION);
    }
    PyType cls = type;
    if (cls == PyErrors.EXCEPTION_GROUP) {
      if (nestsBase) {
        throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
      }
    } else if (cls == PyErrors.BASE_EXCEPTION_GROUP) {
      if (!nestsBase) {
        cls = PyErrors.EXCEPTION_GROUP;
      }
    } else if (nestsBase && cls.isSubtypeOf(PyErrors.EXCEPTION)) {
      throw PyErrors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
    }
    PyObject[] positional = {args[0], args[1]};
    PyBaseException group = new PyBaseException(cls, PyTuple.of(positional));
    group.fields[MESSAGE] = args[0];
    group.fields[EXCEPTIONS] = excs;
    return group;
  }

  /** How split and subgroup select leaves: by type, by predicate, or by identity. */
  private interface Matcher {
    boolean test(PyObject exc);
  }

  private static Matcher matcher(PyObject value) {
    if (value.type().call != null && !(value instanceof PyType)) {
      return e -> Abstract.isTrue(Abstract.call(value, e));
    }
    if (isExceptionClass(value)) {
      return e -> matches(e, value);
    }
    if (value.getClass() == PyTuple.class) {
      PyTuple t = (PyTuple) value;
      for (int i = 0; i < t.size(); i++) {
        if (!isExceptionClass(t.get(i))) {
          throw badMatcher();
        }
      }
      return e -> matches(e, value);
    }
    throw badMatcher();
  }

  private static PyException badMatcher() {
    return PyErrors.typeError("expected a function, exception type or tuple of exception types");
  }

  private static boolean isExceptionClass(PyObject o) {
    return o instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION);
  }

  /** Returns whether {@code exc} is an instance of the class or tuple (of tuples) of classes. */
  static boolean matches(PyObject exc, PyObject type) {
    if (type instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) {
        if (matches(exc, t.get(i))) {
          return true;
        }
      }
      return false;
    }
    return type instanceof PyType c && exc.type().isSubtypeOf(c);
  }

  /**
   * Returns {match, rest} (null for an empty part; rest only when {@code withRest}): a group that
   * matches as a whole is the match; otherwise its leaves are sorted recursively and each part
   * rebuilt with {@code derive} and the original's traceback, cause, context and notes.
   */
  private static PyObject[] split(PyObject exc, Matcher m, boolean withRest) {
    if (m.test(exc)) {
      return new PyObject[] {exc, null};
    }
    if (!isGroup(exc)) {
      return new PyObject[] {null, withRest ? exc : null};
    }
    PyBaseException group = (PyBaseException) exc;
    PyTuple excs = exceptions(group);
    PyList match = new PyList();
    PyList rest = new PyList();
    for (int i = 0; i < excs.size(); i++) {
      PyObject[] parts = split(excs.get(i), m, withRest);
      if (parts[0] != null) {
        match.append(parts[0]);
      }
      if (parts[1] != null) {
        rest.append(parts[1]);
      }
    }
    return new PyObject[] {subset(group, match), withRest ? subset(group, rest) : null};
  }

  // CPython's exceptiongroup_subset: derive(excs) carrying the original's metadata.
  private static PyObject subset(PyBaseException orig, PyList excs) {
    if (excs.size() == 0) {
      return null;
    }
    PyObject derived = Abstract.callMethod(orig, "derive", excs);
    if (!isGroup(derived)) {
      throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
    }
    PyBaseException eg = (PyBaseException) derived;
    if (orig.traceback() != null) {
      eg.setTraceback(orig.traceback());
    }
    eg.setContext(orig.context());
    eg.setCause(orig.cause());
    PyObject notes = Abstract.lookupAttr(orig, "__notes__");
    if (notes != null && notes.type().lookup("__getitem__") != null) {
      Abstract.setAttr(eg, "__notes__", PyList.fromIterable(notes));
    }
    return eg;
  }

  // ---- except* ----

  /**
   * CHECK_EG_MATCH: validates an {@code except*} clause's {@code type} and returns
   * {rest, match} of {@code exc}: match is None when nothing matches; a bare exception that
   * matches is wrapped in {@code ExceptionGroup('', (exc,))}.
   */
  public static PyObject[] exceptStarMatch(PyObject exc, PyObject type) {
    checkStarType(type);
    if (exc == PyNone.NONE) {
      return new PyObject[] {PyNone.NONE, PyNone.NONE};
    }
    if (matches(exc, type)) {
      if (isGroup(exc)) {
        return new PyObject[] {PyNone.NONE, exc};
      }
      // CPython 3.11 gives the wrapper no traceback.
      PyObject wrapped = Abstract.call(PyErrors.BASE_EXCEPTION_GROUP, PyStr.EMPTY, PyTuple.of(exc));
      return new PyObject[] {PyNone.NONE, wrapped};
    }
    if (isGroup(exc)) {
      PyObject[] parts = split(exc, e -> matches(e, type), true);
      return new PyObject[] {orNone(parts[1]), orNone(parts[0])};
    }
    return new PyObject[] {exc, PyNone.NONE};
  }

  private static void checkStarType(PyObject type) {
    PyObject[] items = type instanceof PyTuple t ? t.items() : new PyObject[] {type};
    int n = type instanceof PyTuple t ? t.size() : 1;
    for (int i = 0; i < n; i++) {
      if (!isExceptionClass(items[i])) {
        throw PyErrors.typeError(
            "catching classes that do not inherit from BaseException is not allowed");
      }
    }
    for (int i = 0; i < n; i++) {
      if (((PyType) items[i]).isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP)) {
        throw PyErrors.typeError(
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
      }
    }
  }

  /**
   * PREP_RERAISE_STAR: returns what an {@code except*} statement raises (None: nothing) from the
   * original exception and the list of what its clauses raised plus the unmatched rest.
   * Re-raised parts (same traceback, cause, context and notes as the original) are put back
   * together in the shape of the original group; newly raised ones join them in a new group.
   */
  public static PyObject prepReraiseStar(PyObject orig, PyList excs) {
    if (excs.size() == 0) {
      return PyNone.NONE;
    }
    if (!isGroup(orig)) {
      // A bare exception was wrapped: at most one clause ran, so one exception to raise.
      return excs.get(0);
    }
    PyList raised = new PyList();
    PyList reraised = new PyList();
    for (int i = 0; i < excs.size(); i++) {
      PyObject e = excs.get(i);
      if (e != PyNone.NONE) {
        (sameMetadata(e, orig) ? reraised : raised).append(e);
      }
    }
    Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < reraised.size(); i++) {
      collectLeaves(reraised.get(i), leaves);
    }
    PyObject kept = split(orig, e -> e instanceof PyBaseException && leaves.contains(e), false)[0];
    if (raised.size() == 0) {
      return orNone(kept);
    }
    if (kept != null) {
      raised.append(kept);
    }
    return raised.size() > 1
        ? Abstract.call(PyErrors.BASE_EXCEPTION_GROUP, PyStr.EMPTY, raised)
        : raised.get(0);
  }

  private static void collectLeaves(PyObject exc, Set<PyObject> into) {
    if (isGroup(exc)) {
      PyTuple excs = exceptions((PyBaseException) exc);
      for (int i = 0; i < excs.size(); i++) {
        collectLeaves(excs.get(i), into);
      }
    } else {
      into.add(exc);
    }
  }

  // Whether e is a part of orig that a clause re-raised: split copied orig's metadata into it.
  // (CPython 3.11 also compares a notes field that stays NULL: __notes__ lives in the dict.)
  private static boolean sameMetadata(PyObject e, PyObject orig) {
    PyBaseException a = (PyBaseException) e;
    PyBaseException b = (PyBaseException) orig;
    return a.traceback() == b.traceback()
        && a.cause() == b.cause()
        && a.context() == b.context();
  }
}
