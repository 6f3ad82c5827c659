package dev.krait.core.classfile;

import java.util.ArrayList;
import java.util.List;

/** A position in a method's code, bound once; branches to it before then are patched later. */
public final class Label {

  int offset = -1;
  /** Each unresolved branch: where its 16-bit offset goes and the branch's own position. */
  final List<int[]> fixups = new ArrayList<>();

  /** Returns whether the label has been bound. */
  public boolean isBound() {
    return offset >= 0;
  }
}
