package dev.krait.core.stdlib;

import dev.krait.core.bytecode.CodeWriter;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.io.PrintStream;

/** The {@code sys} module of one context. */
final class SysModule {

  private SysModule() {}

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("sys");
    PyList argv = new PyList();
    for (String a : imports.argv()) {
      argv.append(PyStr.of(a));
    }
    m.put("argv", argv);
    m.put("modules", imports.modules());
    m.put("path", imports.path());
    m.put("stdout", new TextStream("<stdout>", imports.out()));
    m.put("stderr", new TextStream("<stderr>", imports.err()));
    m.put("stdin", new PyTextReader("<stdin>", imports::in));
    m.put("__stdin__", m.dict().getStr("stdin"));
    m.put("__stdout__", m.dict().getStr("stdout"));
    m.put("__stderr__", m.dict().getStr("stderr"));
    m.put("maxsize", PyInt.of(Long.MAX_VALUE));
    m.put("maxunicode", PyInt.of(0x10ffff));
    StructSeq versionInfo = StructSeq.of(VERSION_INFO,
        PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.of(0));
    m.put("version_info", versionInfo);
    m.put("version", PyStr.of("3.11.7 (krait) [Java " + Runtime.version().feature() + "]"));
    m.put("hexversion", PyInt.of(0x030b07f0));
    PyModule impl = new PyModule("implementation");
    impl.put("name", PyStr.of("krait"));
    impl.put("cache_tag", PyStr.of(CodeWriter.CACHE_TAG));
    impl.put("version", versionInfo);
    impl.put("hexversion", PyInt.of(0x030b07f0));
    m.put("implementation", impl);
    m.put("dont_write_bytecode", PyBool.of(imports.dontWriteBytecode()));
    m.put("pycache_prefix",
        imports.pycachePrefix() == null ? PyNone.NONE : PyStr.of(imports.pycachePrefix()));
    addInterpreterFacts(m);
    m.put("platform", PyStr.of(platform()));
    m.put("byteorder", PyStr.of("little"));
    m.function("exit", (a, k) -> {
      noKeywords("exit", k);
      if (a.length > 1) {
        throw PyErrors.typeError("exit expected at most 1 argument, got " + a.length);
      }
      // sys.exit(None) raises SystemExit with no args, as CPython's PyErr_SetObject does.
      throw a.length == 0 || a[0] == PyNone.NONE ? PyErrors.make(PyErrors.SYSTEM_EXIT)
          : PyErrors.make(PyErrors.SYSTEM_EXIT, a[0]);
    });
    m.function("getrecursionlimit", (a, k) -> {
      noKeywords("getrecursionlimit", k);
      if (a.length != 0) {
        throw PyErrors.typeError(
            "sys.getrecursionlimit() takes no arguments (" + a.length + " given)");
      }
      return PyInt.of(imports.recursionLimit());
    });
    m.function("setrecursionlimit", (a, k) -> {
      noKeywords("setrecursionlimit", k);
      if (a.length != 1) {
        throw PyErrors.typeError(
            "setrecursionlimit() takes exactly one argument (" + a.length + " given)");
      }
      if (!(a[0] instanceof PyInt)) {
        throw PyErrors.typeError("'" + a[0].type().name()
            + "' object cannot be interpreted as an integer");
      }
      long n = Abstract.index(a[0]).longValue();
      if (n < 1) {
        throw PyErrors.valueError("recursion limit must be greater or equal than 1");
      }
      imports.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
      return PyNone.NONE;
    });
    return m;
  }

  // ---- facts about the interpreter and the host: flags, float/int/hash info, encodings ----

  private static final StructSeq.Kind VERSION_INFO = StructSeq.kind("sys.version_info",
      "major", "minor", "micro", "releaselevel", "serial");

  private static final StructSeq.Kind FLAGS = StructSeq.kind("sys.flags",
      "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
      "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
      "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
      "safe_path", "int_max_str_digits");

  private static final StructSeq.Kind FLOAT_INFO = StructSeq.kind("sys.float_info",
      "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
      "epsilon", "radix", "rounds");

  private static final StructSeq.Kind INT_INFO = StructSeq.kind("sys.int_info",
      "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");

  private static final StructSeq.Kind HASH_INFO = StructSeq.kind("sys.hash_info",
      "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

  /** Adds flags, float_info, int_info, hash_info, executable, intern, getdefaultencoding. */
  private static void addInterpreterFacts(PyModule m) {
    PyObject zero = PyInt.of(0);
    // str hashes are not randomized (no seed), so hash_randomization is 0.
    m.put("flags", StructSeq.of(FLAGS, zero, zero, zero, zero, zero, zero, zero, zero, zero,
        zero, zero, zero, zero, PyBool.FALSE, zero, zero, PyBool.FALSE, PyInt.of(-1)));
    m.put("float_info", StructSeq.of(FLOAT_INFO,
        PyFloat.of(Double.MAX_VALUE), PyInt.of(Double.MAX_EXPONENT + 1), PyInt.of(308),
        PyFloat.of(Double.MIN_NORMAL), PyInt.of(Double.MIN_EXPONENT + 1), PyInt.of(-307),
        PyInt.of(15), PyInt.of(53), PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
    m.put("int_info", StructSeq.of(INT_INFO,
        PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
    // The numeric hash parameters are CPython's (hash(1.5) agrees); str hashing is Krait's own
    // unseeded 32-bit mix of the code points.
    m.put("hash_info", StructSeq.of(HASH_INFO,
        PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), zero, PyInt.of(1000003),
        PyStr.of("krait"), PyInt.of(32), zero, zero));
    m.put("executable", PyStr.of(
        ProcessHandle.current().info().command().orElse("")));
    m.put("float_repr_style", PyStr.of("short"));
    m.function("getdefaultencoding", (a, k) -> {
      noKeywords("getdefaultencoding", k);
      if (a.length != 0) {
        throw PyErrors.typeError(
            "sys.getdefaultencoding() takes no arguments (" + a.length + " given)");
      }
      return PyStr.of("utf-8");
    });
    m.function("exc_info", (a, k) -> {
      noKeywords("exc_info", k);
      if (a.length != 0) {
        throw PyErrors.typeError("sys.exc_info() takes no arguments (" + a.length + " given)");
      }
      PyObject e = StdlibModules.handledException();
      if (e == null || e == PyNone.NONE) {
        return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
      }
      PyObject tb = ((PyBaseException) e).traceback();
      return PyTuple.of(e.type(), e, tb == null ? PyNone.NONE : tb);
    });
    java.util.HashMap<String, PyStr> interned = new java.util.HashMap<>();
    m.function("intern", (a, k) -> {
      if (k != null && k.length > 0) {
        throw PyErrors.typeError("sys.intern() takes no keyword arguments");
      }
      if (a.length != 1) {
        throw PyErrors.typeError(
            "sys.intern() takes exactly one argument (" + a.length + " given)");
      }
      if (!(a[0] instanceof PyStr s)) {
        throw PyErrors.typeError(
            "intern() argument must be str, not " + a[0].type().name());
      }
      if (s.getClass() != PyStr.class) {
        throw PyErrors.typeError("can't intern " + s.type().name());
      }
      return interned.computeIfAbsent(s.value(), v -> s);
    });
  }

  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase();
    return os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin"
        : os.startsWith("linux") ? "linux" : os;
  }

  private static void noKeywords(String name, String[] k) {
    if (k != null && k.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
  }

  /** {@code sys.stdout} and {@code sys.stderr}: text streams over the context's streams. */
  static final class TextStream extends PyObject {

    static final PyType TYPE = TypeBuilder.of("TextIOWrapper", TextStream.class, PyType.OBJECT)
        .repr(o -> PyStr.of("<_io.TextIOWrapper name='" + ((TextStream) o).name
            + "' mode='w' encoding='utf-8'>"))
        .getAttr((o, n) -> ((TextStream) o).attr(n))
        .ready();

    private final String name;
    private final PrintStream stream;

    TextStream(String name, PrintStream stream) {
      this.name = name;
      this.stream = stream;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject attr(String n) {
      switch (n) {
        case "write":
          return new PyBuiltinFunction("write", (a, k) -> {
            noKeywords("write", k);
            if (a.length != 1) {
              throw PyErrors.typeError(
                  "TextIOWrapper.write() takes exactly one argument (" + a.length + " given)");
            }
            if (!(a[0] instanceof PyStr s)) {
              throw PyErrors.typeError(
                  "write() argument must be str, not " + a[0].type().name());
            }
            stream.print(s.value());
            return PyInt.of(s.value().codePointCount(0, s.value().length()));
          });
        case "flush":
          return new PyBuiltinFunction("flush", (a, k) -> {
            stream.flush();
            return PyNone.NONE;
          });
        case "name":
          return PyStr.of(name);
        case "encoding":
          return PyStr.of("utf-8");
        default:
          return null;
      }
    }
  }

}
