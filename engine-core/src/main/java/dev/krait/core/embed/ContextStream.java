package dev.krait.core.embed;

import dev.krait.core.runtime.PyErrors;
import dev.krait.core.vm.ThreadState;

/**
 * {@code sys.stdout} or {@code sys.stderr} of every context of an engine: writes to the Writer of
 * the context running on the calling thread. One pair per engine, because a {@link
 * java.io.PrintStream} carries kilobytes of buffers and a context must cost a few kilobytes.
 */
final class ContextStream extends TextStream {

  private final KraitEngine engine;
  private final boolean err;

  ContextStream(KraitEngine engine, boolean err) {
    this.engine = engine;
    this.err = err;
  }

  private KraitContext context() {
    if (!(ThreadState.current().context() instanceof KraitContext cx) || cx.engine() != engine) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "no Python context runs on this thread");
    }
    return cx;
  }

  @Override
  void emit(String s) {
    context().write(err, s);
  }

  @Override
  void flushTarget() {
    context().flush(err);
  }
}
