package dev.krait.core.bytecode;

/**
 * Zero-cost exception handling, as CPython 3.11: ranges of instructions {@code [start, end)}
 * each with the handler to jump to and the stack depth to cut the value stack to before the
 * exception is pushed. Nothing runs until an exception is raised; then {@link #handler} finds
 * the innermost range covering the failing instruction.
 */
public final class ExceptionTable {

  /** The table with no entries. */
  public static final ExceptionTable EMPTY = new ExceptionTable(new int[0]);

  /** Entries of four ints: start, end (exclusive), target, depth; sorted by start. */
  private final int[] entries;

  ExceptionTable(int[] entries) {
    this.entries = entries;
  }

  /** Returns the number of entries. */
  public int size() {
    return entries.length / 4;
  }

  /** Returns the first instruction of entry {@code i}. */
  public int start(int i) {
    return entries[i * 4];
  }

  /** Returns the instruction after the last one of entry {@code i}. */
  public int end(int i) {
    return entries[i * 4 + 1];
  }

  /** Returns the handler of entry {@code i}. */
  public int target(int i) {
    return entries[i * 4 + 2];
  }

  /** Returns the stack depth of entry {@code i}. */
  public int depth(int i) {
    return entries[i * 4 + 3];
  }

  /**
   * Returns the index of the entry covering instruction {@code pc}, or -1 when none does. The
   * assembler never makes ranges overlap (each instruction has at most one handler), so the
   * first match is the one.
   */
  public int handler(int pc) {
    for (int i = 0; i < entries.length; i += 4) {
      if (pc >= entries[i] && pc < entries[i + 1]) {
        return i / 4;
      }
    }
    return -1;
  }
}
