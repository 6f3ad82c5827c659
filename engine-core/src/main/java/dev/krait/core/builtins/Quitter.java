package dev.krait.core.builtins;

import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/**
 * The {@code exit} and {@code quit} objects CPython's {@code site} module adds to the builtins:
 * their repr tells how to leave the prompt, and calling one raises {@code SystemExit(code)}.
 * Unlike CPython's they do not close {@code sys.stdin} first: in an embedded engine that is the
 * host's reader, which a script must not close.
 */
final class Quitter extends PyObject {

  static final PyType TYPE =
      TypeBuilder.of("Quitter", Quitter.class, PyType.OBJECT)
          .repr(q -> PyStr.of("Use " + ((Quitter) q).name + "() or Ctrl-D (i.e. EOF) to exit"))
          .call((q, args, kw) -> ((Quitter) q).call(args, kw))
          .ready();

  private final String name;

  private Quitter(String name) {
    this.name = name;
  }

  /** Adds {@code exit} and {@code quit} to {@code builtins}. */
  static void install(PyDict builtins) {
    builtins.putStr("exit", new Quitter("exit"));
    builtins.putStr("quit", new Quitter("quit"));
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  // __call__(self, code=None), with the messages CPython's Python-level method gives.
  private PyObject call(PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos > 1) {
      throw PyErrors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but "
          + (npos + 1) + " were given");
    }
    PyObject code = npos == 1 ? args[0] : null;
    for (int k = 0; k < nkw; k++) {
      if (!kwnames[k].equals("code")) {
        throw PyErrors.typeError(
            "Quitter.__call__() got an unexpected keyword argument '" + kwnames[k] + "'");
      }
      if (code != null) {
        throw PyErrors.typeError("Quitter.__call__() got multiple values for argument 'code'");
      }
      code = args[npos + k];
    }
    throw PyErrors.make(PyErrors.SYSTEM_EXIT, code == null ? PyNone.NONE : code);
  }
}
