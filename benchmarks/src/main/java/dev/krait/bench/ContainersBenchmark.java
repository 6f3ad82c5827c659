package dev.krait.bench;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PySet;
import dev.krait.core.runtime.PyStr;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state cost of the container operations the VM's hot paths reach through the runtime:
 * list append and indexing, list.sort, dict set/get with str and int keys, set add/membership.
 * Each benchmark does {@link #N} operations. Public and not final because JMH's generated code
 * extends it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContainersBenchmark {

  /** Operations per benchmark call. */
  static final int N = 1000;

  private PyInt[] ints;
  private PyStr[] strs;
  private PyList shuffled;
  private PyDict strDict;
  private PyDict intDict;
  private PySet intSet;

  /** Builds the keys and filled containers once. */
  @Setup(Level.Trial)
  public void setUp() {
    ints = new PyInt[N];
    strs = new PyStr[N];
    strDict = new PyDict();
    intDict = new PyDict();
    intSet = new PySet();
    PyObject[] mixed = new PyObject[N];
    for (int i = 0; i < N; i++) {
      ints[i] = PyInt.of(i);
      strs[i] = PyStr.of("key" + i);
      strDict.put(strs[i], ints[i]);
      intDict.put(ints[i], ints[i]);
      intSet.add(ints[i]);
      mixed[i] = PyInt.of((i * 7919L) % N);
    }
    shuffled = PyList.of(mixed);
  }

  /** Appends N ints to a new list, then reads each back by index. */
  @Benchmark
  public long listAppendAndIndex() {
    PyList l = new PyList();
    for (int i = 0; i < N; i++) {
      l.append(ints[i]);
    }
    long sum = 0;
    for (int i = 0; i < N; i++) {
      sum += ((PyInt) Abstract.getItem(l, ints[i])).longValue();
    }
    return sum;
  }

  /** Sorts a copy of a shuffled list of N ints. */
  @Benchmark
  public PyObject listSort() {
    PyObject copy = Abstract.callMethod(shuffled, "copy");
    return Abstract.callMethod(copy, "sort");
  }

  /** Looks up N str keys in a dict. */
  @Benchmark
  public int dictGetStr() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      if (Abstract.getItem(strDict, strs[i]) != null) {
        found++;
      }
    }
    return found;
  }

  /** Fills a new dict with N int keys, then looks each up. */
  @Benchmark
  public int dictPutGetInt() {
    PyDict d = new PyDict();
    for (int i = 0; i < N; i++) {
      Abstract.setItem(d, ints[i], ints[i]);
    }
    int found = 0;
    for (int i = 0; i < N; i++) {
      if (Abstract.getItem(intDict, ints[i]) != null) {
        found++;
      }
    }
    return found;
  }

  /** Tests membership of N ints in a set. */
  @Benchmark
  public int setContains() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      if (Abstract.contains(intSet, ints[i])) {
        found++;
      }
    }
    return found;
  }
}
