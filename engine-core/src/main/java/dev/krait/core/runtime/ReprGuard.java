package dev.krait.core.runtime;

import java.util.ArrayList;

/**
 * The per-thread set of containers whose repr is being computed, so that a container reached
 * again prints as {@code [...]} or {@code {...}}: CPython's {@code Py_ReprEnter}/{@code
 * Py_ReprLeave}.
 */
final class ReprGuard {

  // Per thread, as CPython keeps the list in the thread state: no state is shared between
  // threads, and a thread's list is empty whenever no repr is running on it.
  private static final ThreadLocal<ArrayList<PyObject>> ACTIVE =
      ThreadLocal.withInitial(ArrayList::new);

  /**
   * The deepest nesting of container reprs: CPython (default recursion limit 1000) prints 997
   * nested lists from module level and fails on the 998th. The runtime cannot see the VM's frame
   * depth, so this approximates CPython's limit as seen from module level.
   */
  private static final int MAX_DEPTH = 997;

  private ReprGuard() {}

  /**
   * Returns false when {@code o} is already being printed on this thread, else marks it;
   * raises RecursionError when container reprs nest too deeply.
   */
  static boolean enter(PyObject o) {
    ArrayList<PyObject> active = ACTIVE.get();
    if (active.size() >= MAX_DEPTH) {
      throw PyErrors.make(PyErrors.RECURSION_ERROR,
          "maximum recursion depth exceeded while getting the repr of an object");
    }
    for (int i = active.size() - 1; i >= 0; i--) {
      if (active.get(i) == o) {
        return false;
      }
    }
    active.add(o);
    return true;
  }

  /** Unmarks {@code o} (the most recent entry for it). */
  static void leave(PyObject o) {
    ArrayList<PyObject> active = ACTIVE.get();
    for (int i = active.size() - 1; i >= 0; i--) {
      if (active.get(i) == o) {
        active.remove(i);
        return;
      }
    }
  }
}
