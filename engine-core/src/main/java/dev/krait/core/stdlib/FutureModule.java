package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyStr;

/**
 * The {@code __future__} module. The compiler acts on the features (the symbol table reads
 * them); at run time the import only binds these names, as in CPython. Each feature is its
 * compiler flag for now: CPython's {@code _Feature} objects (release tuples) are not made yet.
 */
final class FutureModule {

  private FutureModule() {}

  private static final String[] FEATURES = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"
  };

  // CPython's CO_* compiler flags of the features, in FEATURES order.
  private static final int[] FLAGS = {
    0x0010, 0, 0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x400000, 0x800000, 0x1000000
  };

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("__future__");
    PyList all = new PyList();
    for (int i = 0; i < FEATURES.length; i++) {
      all.append(PyStr.of(FEATURES[i]));
      m.put(FEATURES[i], PyInt.of(FLAGS[i]));
    }
    m.put("all_feature_names", all);
    return m;
  }
}
