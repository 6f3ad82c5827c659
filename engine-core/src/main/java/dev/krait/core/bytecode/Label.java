package dev.krait.core.bytecode;

/** A position in code being assembled, bound once; jumps name it before or after binding. */
public final class Label {

  int entry = -1;
}
