package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/** One traceback entry: a frame and the instruction it was at; {@code next} goes inward. */
public final class PyTraceback extends PyObject {

  /** The type {@code traceback}. */
  public static final PyType TYPE =
      TypeBuilder.of("traceback", PyTraceback.class, PyType.OBJECT).ready();

  final Frame frame;
  final int pc;
  final PyTraceback next;

  PyTraceback(Frame frame, int pc, PyTraceback next) {
    this.frame = frame;
    this.pc = pc;
    this.next = next;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the next (inner) entry, or null. */
  public PyTraceback next() {
    return next;
  }

  /** Returns the code object of the entry's frame. */
  public CodeObject code() {
    return frame.code;
  }

  /** Returns the 0-based column of the entry's instruction, or -1 when unknown. */
  public int column() {
    return frame.code.lines().column(pc);
  }

  /** Returns the line of the entry ({@code tb_lineno}). */
  public int line() {
    return frame.code.lines().line(pc);
  }
}
