package dev.krait.core.runtime;

/** Substring search over code point arrays, for strs a Java string cannot hold exactly. */
final class StrSearch {

  private StrSearch() {}

  /** Returns the first index of {@code sub} in {@code s[start:end]}, or -1. */
  static int find(int[] s, int[] sub, int start, int end) {
    outer:
    for (int i = start; i + sub.length <= end; i++) {
      for (int j = 0; j < sub.length; j++) {
        if (s[i + j] != sub[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Returns the last index of {@code sub} in {@code s[start:end]}, or -1. */
  static int rfind(int[] s, int[] sub, int start, int end) {
    outer:
    for (int i = end - sub.length; i >= start; i--) {
      for (int j = 0; j < sub.length; j++) {
        if (s[i + j] != sub[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
