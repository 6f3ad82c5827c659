package dev.krait.core.classfile;

/**
 * Thrown when a method or class exceeds a limit of the class-file format (64 KB of code, a
 * branch farther than 16 bits, 65,535 constants): the caller keeps the code interpreted.
 */
public final class ClassTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ClassTooLargeException(String message) {
    super(message, null, false, false);
  }
}
