package dev.krait.core.embed;

import dev.krait.core.runtime.PyErrors;
import java.io.IOException;
import java.io.Writer;

/** One stream of a context ({@code sys.stdout} or {@code sys.stderr}) over a replaceable Writer. */
final class WriterStream extends TextStream {

  private Writer target;
  private boolean dirty;

  WriterStream(Writer target) {
    this.target = target;
  }

  Writer target() {
    return target;
  }

  void setTarget(Writer w) {
    flushIfDirty();
    target = w;
  }

  @Override
  void emit(String s) {
    try {
      target.write(s);
      dirty = true;
    } catch (IOException e) {
      throw PyErrors.make(PyErrors.OS_ERROR, String.valueOf(e.getMessage()));
    }
  }

  @Override
  void flushTarget() {
    try {
      target.flush();
      dirty = false;
    } catch (IOException e) {
      throw PyErrors.make(PyErrors.OS_ERROR, String.valueOf(e.getMessage()));
    }
  }

  /** Flushes the Writer when something was written since the last flush (after each call). */
  void flushIfDirty() {
    if (dirty) {
      try {
        target.flush();
      } catch (IOException e) {
        // The call is over; a Writer that cannot flush loses what it buffered, as a closed pipe.
      }
      dirty = false;
    }
  }
}
