package dev.krait.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A JMH secondary result that turns "corpus passes per second" into lines per second.
 *
 * <p>Public and not final because JMH's generated code subclasses and reads it.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class LineCounter {

  /** Lines processed in the current iteration; JMH reports it as a rate, lines/s. */
  public long lines;

  /** Starts each iteration from zero, as JMH expects of operation counters. */
  @Setup(Level.Iteration)
  public void reset() {
    lines = 0;
  }
}
