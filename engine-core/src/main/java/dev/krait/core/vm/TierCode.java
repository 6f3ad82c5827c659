package dev.krait.core.vm;

import dev.krait.core.runtime.PyObject;

/**
 * A code object translated to JVM bytecode by {@link TierTranslator}: {@link #execute} has
 * exactly the contract of the interpreter's loop for that code.
 */
interface TierCode {

  /** Returns the value {@code f}'s code returns, running it on thread state {@code ts}. */
  PyObject execute(Frame f, ThreadState ts);
}
