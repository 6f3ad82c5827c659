package dev.krait.bench;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.vm.ScriptRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A quick measurement for a shared, busy machine: the thread CPU time (not wall time) of each of
 * several {@code run(DEFAULT_N)} calls of programs of {@code shared/bench}, so that other
 * processes on the machine disturb it less than they disturb JMH's wall-clock times. For
 * iterating on the VM; the figures to report come from {@code bench-vs-cpython.sh}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.krait.bench.CpuTimer RUNS PROGRAM...}; prints,
 * per program, the minimum and median CPU seconds of the runs after the first.
 */
public final class CpuTimer {

  private CpuTimer() {}

  /** Runs the programs named in {@code args} (after the run count) and prints their times. */
  public static void main(String[] args) throws IOException {
    int runs = Integer.parseInt(args[0]);
    Path dir = Path.of(System.getProperty("krait.bench.dir", "../shared/bench"));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String program : Arrays.copyOfRange(args, 1, args.length)) {
      Path file = dir.resolve(program + ".py");
      PyDict globals = ScriptRunner.loadModule(
          Files.readString(file, StandardCharsets.UTF_8), file.toString(), program, out, out);
      PyObject run = globals.getStr("run");
      PyObject n = globals.getStr("DEFAULT_N");
      double[] times = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        Abstract.call(run, n);
        times[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
      }
      double[] warm = Arrays.copyOfRange(times, 1, runs);
      Arrays.sort(warm);
      out.printf("%-15s min %.3f  median %.3f%n", program, warm[0], warm[warm.length / 2]);
    }
  }
}
