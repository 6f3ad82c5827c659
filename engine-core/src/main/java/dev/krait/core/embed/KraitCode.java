package dev.krait.core.embed;

import dev.krait.api.Code;
import dev.krait.api.PythonEngine;
import dev.krait.api.Source;
import dev.krait.core.bytecode.CodeObject;

/** Compiled source: the immutable module code object, which returns its last expression. */
final class KraitCode implements Code {

  private final KraitEngine engine;
  private final Source source;
  private final CodeObject code;
  private volatile String[] lines;

  KraitCode(KraitEngine engine, Source source, CodeObject code) {
    this.engine = engine;
    this.source = source;
    this.code = code;
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public PythonEngine engine() {
    return engine;
  }

  CodeObject code() {
    return code;
  }

  /** Returns the source's lines, for tracebacks. */
  String[] lines() {
    String[] l = lines;
    if (l == null) {
      l = source.text().split("\r\n|\r|\n", -1);
      lines = l;
    }
    return l;
  }

  @Override
  public String toString() {
    return "Code[" + source.name() + "]";
  }
}
