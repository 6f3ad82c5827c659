package dev.krait.core.embed;

import dev.krait.core.imports.Imports;
import dev.krait.core.vm.ThreadState;

/**
 * The stream the engine's shared {@code print} writes to: the {@code sys.stdout} of whichever
 * context is running on the calling thread. Builtins are made once per engine, so they cannot
 * hold a context's stream themselves.
 */
final class CurrentOut extends TextStream {

  @Override
  void emit(String s) {
    Imports imports = ThreadState.current().imports();
    if (imports != null) {
      imports.out().print(s);
    }
  }

  @Override
  void flushTarget() {
    Imports imports = ThreadState.current().imports();
    if (imports != null) {
      imports.out().flush();
    }
  }
}
