package dev.krait.core.runtime;

import java.util.ArrayList;

/**
 * The per-thread set of containers whose repr is being computed, so that a container reached
 * again prints as {@code [...]} or {@code {...}}: CPython's {@code Py_ReprEnter}/{@code
 * Py_ReprLeave}; and the depth of nested container comparisons, so that both fail with
 * CPython's RecursionError instead of exhausting the Java stack.
 */
final class ReprGuard {

  /** One thread's guard state. */
  private static final class State {
    final ArrayList<PyObject> active = new ArrayList<>();
    int comparing;
  }

  // Per thread, as CPython keeps the list in the thread state: no state is shared between
  // threads, and a thread's list is empty whenever no repr is running on it.
  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

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
    ArrayList<PyObject> active = STATE.get().active;
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
    ArrayList<PyObject> active = STATE.get().active;
    for (int i = active.size() - 1; i >= 0; i--) {
      if (active.get(i) == o) {
        active.remove(i);
        return;
      }
    }
  }

  /**
   * Returns a container's rich comparison that counts how deeply comparisons of nested
   * containers go on this thread and raises CPython's RecursionError when they nest too deeply.
   */
  static Slots.RichCompare nested(Slots.RichCompare compare) {
    return (a, b, op) -> {
      State s = STATE.get();
      if (s.comparing >= MAX_DEPTH) {
        throw comparisonTooDeep();
      }
      s.comparing++;
      try {
        return compare.compare(a, b, op);
      } catch (StackOverflowError e) {
        // A small thread stack runs out before the depth limit: the same RecursionError.
        throw comparisonTooDeep();
      } finally {
        s.comparing--;
      }
    };
  }

  private static PyException comparisonTooDeep() {
    return PyErrors.make(
        PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded in comparison");
  }
}
