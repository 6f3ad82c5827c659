package dev.krait.core.runtime;

import java.util.ArrayList;
import java.util.List;

/** The C3 linearisation of a class's bases: its method resolution order. */
final class Mro {

  private Mro() {}

  /**
   * Returns {@code type} followed by the C3 merge of its bases' MROs and the list of bases,
   * raising CPython's TypeError for duplicate bases or an inconsistent order.
   */
  static PyType[] compute(PyType type, PyType[] bases) {
    for (int i = 0; i < bases.length; i++) {
      for (int j = i + 1; j < bases.length; j++) {
        if (bases[i] == bases[j]) {
          throw PyErrors.typeError("duplicate base class " + bases[i].name());
        }
      }
    }
    if (bases.length == 1) {
      // The common case needs no merge: the base's MRO is already consistent.
      PyType[] baseMro = bases[0].mroArray();
      PyType[] out = new PyType[baseMro.length + 1];
      out[0] = type;
      System.arraycopy(baseMro, 0, out, 1, baseMro.length);
      return out;
    }
    List<PyType[]> sequences = new ArrayList<>();
    for (PyType b : bases) {
      sequences.add(b.mroArray());
    }
    sequences.add(bases);
    int[] heads = new int[sequences.size()];
    List<PyType> result = new ArrayList<>();
    result.add(type);
    while (true) {
      boolean empty = true;
      PyType candidate = null;
      for (int i = 0; i < sequences.size() && candidate == null; i++) {
        PyType[] seq = sequences.get(i);
        if (heads[i] >= seq.length) {
          continue;
        }
        empty = false;
        PyType head = seq[heads[i]];
        if (!inTail(head, sequences, heads)) {
          candidate = head;
        }
      }
      if (empty) {
        return result.toArray(new PyType[0]);
      }
      if (candidate == null) {
        throw PyErrors.typeError(conflictMessage(sequences, heads));
      }
      result.add(candidate);
      for (int i = 0; i < sequences.size(); i++) {
        PyType[] seq = sequences.get(i);
        if (heads[i] < seq.length && seq[heads[i]] == candidate) {
          heads[i]++;
        }
      }
    }
  }

  private static boolean inTail(PyType t, List<PyType[]> sequences, int[] heads) {
    for (int i = 0; i < sequences.size(); i++) {
      PyType[] seq = sequences.get(i);
      for (int k = heads[i] + 1; k < seq.length; k++) {
        if (seq[k] == t) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns CPython's message naming the remaining heads once, in order of first appearance. */
  private static String conflictMessage(List<PyType[]> sequences, int[] heads) {
    StringBuilder sb =
        new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
    List<PyType> seen = new ArrayList<>();
    for (int i = 0; i < sequences.size(); i++) {
      PyType[] seq = sequences.get(i);
      if (heads[i] < seq.length && !seen.contains(seq[heads[i]])) {
        seen.add(seq[heads[i]]);
      }
    }
    for (int i = 0; i < seen.size(); i++) {
      sb.append(i == 0 ? " " : ", ").append(seen.get(i).name());
    }
    return sb.toString();
  }
}
