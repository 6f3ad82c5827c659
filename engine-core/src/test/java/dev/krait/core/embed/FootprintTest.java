package dev.krait.core.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a context costs in heap: the goal is at most 50 KB for an idle one; it is far less. */
class FootprintTest {

  private static final int CONTEXTS = 10_000;

  @Test
  void idleAndUsedContextsRetainFewKilobytes() {
    try (PythonEngine engine = PythonEngine.builder().out(new StringWriter()).build()) {
      List<PythonContext> keep = new ArrayList<>(CONTEXTS);
      long before = usedAfterGc();
      for (int i = 0; i < CONTEXTS; i++) {
        keep.add(engine.newContext());
      }
      long idle = (usedAfterGc() - before) / CONTEXTS;
      for (PythonContext cx : keep) {
        cx.exec("import sys\nx = [1, 2, 3]");
      }
      long used = (usedAfterGc() - before) / CONTEXTS;
      assertTrue(idle < 4 * 1024, "an idle context retains " + idle + " bytes");
      assertTrue(used < 16 * 1024, "a context after 'import sys' retains " + used + " bytes");
      assertTrue(keep.size() == CONTEXTS);
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
