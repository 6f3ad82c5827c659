package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyObject;

/**
 * One activation of a code object on the heap: fast locals (CPython's "localsplus"), the value
 * stack, and where it stands. The interpreter keeps {@code pc}, {@code sp} and the arrays in Java
 * locals and writes them back only when it leaves, so a frame can later be suspended
 * (generators) and resumed.
 *
 * <p>As CPython's, the fast locals and the stack share one array (one allocation per call): slots
 * {@code [0, base)} are the fast locals, the stack grows from {@code base}; {@link #fast} and
 * {@link #stack} are the same array, named for how it is used.
 */
public final class Frame {

  final CodeObject code;
  final PyFunction function;
  final PyDict globals;
  final PyDict builtins;
  /** The locals mapping of module and class bodies; null in functions. */
  final PyDict locals;
  /** The fast locals: slots {@code [0, base)} of the array {@link #stack} also is. */
  final PyObject[] fast;
  /** The value stack: slots {@code [base, base + stackSize]} of the same array. */
  final PyObject[] stack;
  /** Where the stack starts: the number of fast locals. */
  final int base;
  final Frame back;
  int pc;
  int sp;
  /** Whether the last return from the loop was a {@code yield} (the frame can resume). */
  boolean yielded;
  /** An exception {@code gen.throw()} raises where the frame resumes; null normally. */
  dev.krait.core.runtime.PyException pendingThrow;
  /** The iterator a suspended {@code yield from} delegates to, or null. */
  PyObject delegate;
  /** Where the suspended {@code yield from} continues once its iterator returns. */
  int delegateExit;
  /** What the iterator returned when {@code SEND} finishes a {@code yield from}. */
  PyObject sendResult;

  Frame(
      CodeObject code,
      PyFunction function,
      PyDict globals,
      PyDict builtins,
      PyDict locals,
      Frame back) {
    this.code = code;
    this.function = function;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    int nlocals = code.localsPlusSize();
    this.fast = new PyObject[nlocals + code.stackSize() + 1];
    this.stack = fast;
    this.base = nlocals;
    this.sp = nlocals;
    this.back = back;
  }

  /** Returns a frame for a call of {@code fn}, sized as the function remembers. */
  Frame(PyFunction fn, Frame back) {
    this.code = fn.code;
    this.function = fn;
    this.globals = fn.globals;
    this.builtins = fn.builtins;
    this.locals = null;
    int nlocals = fn.frameLocals;
    this.fast = new PyObject[fn.frameSize];
    this.stack = fast;
    this.base = nlocals;
    this.sp = nlocals;
    this.back = back;
  }

  /** Returns a frame to run module code with {@code globals} as its locals. */
  public static Frame forModule(CodeObject code, PyDict globals, PyDict builtins) {
    return new Frame(code, null, globals, builtins, globals, null);
  }

  /** Returns the code object. */
  public CodeObject code() {
    return code;
  }

  /** Returns the line of the instruction running or last run, or 0. */
  public int line() {
    int at = Math.max(0, Math.min(pc, code.length()) - 1);
    return code.length() == 0 ? 0 : code.lines().line(at);
  }
}
