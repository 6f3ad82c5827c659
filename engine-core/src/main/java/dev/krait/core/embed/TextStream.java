package dev.krait.core.embed;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintStream} that hands whole strings to {@link #emit(String)}: the engine's VM writes
 * {@code sys.stdout} through PrintStreams, the embedding API to {@link java.io.Writer}s.
 */
abstract class TextStream extends PrintStream {

  TextStream() {
    super(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
  }

  /** Writes {@code s} to the target. */
  abstract void emit(String s);

  /** Flushes the target. */
  abstract void flushTarget();

  @Override
  public void print(String s) {
    emit(String.valueOf(s));
  }

  @Override
  public void print(Object o) {
    emit(String.valueOf(o));
  }

  @Override
  public void print(char c) {
    emit(String.valueOf(c));
  }

  @Override
  public void println() {
    emit("\n");
  }

  @Override
  public void println(String s) {
    emit(s + "\n");
  }

  @Override
  public void println(Object o) {
    emit(o + "\n");
  }

  @Override
  public void write(int b) {
    emit(String.valueOf((char) (b & 0xff)));
  }

  @Override
  public void write(byte[] buf, int off, int len) {
    emit(new String(buf, off, len, StandardCharsets.UTF_8));
  }

  @Override
  public PrintStream append(CharSequence cs) {
    emit(String.valueOf(cs));
    return this;
  }

  @Override
  public void flush() {
    flushTarget();
  }
}
