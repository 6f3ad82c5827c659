package dev.krait.core.bytecode;

/**
 * The source position of every instruction: start line, start column, end line and end column
 * (lines 1-based, columns 0-based in UTF-8 bytes as CPython's {@code co_positions()}); line 0
 * means "no position" (compiler-made instructions).
 */
public final class LineTable {

  private final int[] data;

  LineTable(int[] data) {
    this.data = data;
  }

  /** Returns the number of instructions covered. */
  public int size() {
    return data.length / 4;
  }

  /** Returns the start line of instruction {@code pc}, or 0 when it has none. */
  public int line(int pc) {
    return data[pc * 4];
  }

  /** Returns the start column of instruction {@code pc}. */
  public int column(int pc) {
    return data[pc * 4 + 1];
  }

  /** Returns the end line of instruction {@code pc}. */
  public int endLine(int pc) {
    return data[pc * 4 + 2];
  }

  /** Returns the end column of instruction {@code pc}. */
  public int endColumn(int pc) {
    return data[pc * 4 + 3];
  }
}
