package dev.krait.core.stdlib;

import dev.krait.core.bytecode.CodeWriter;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
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
    m.put("__stdout__", m.dict().getStr("stdout"));
    m.put("__stderr__", m.dict().getStr("stderr"));
    m.put("maxsize", PyInt.of(Long.MAX_VALUE));
    m.put("maxunicode", PyInt.of(0x10ffff));
    m.put("version_info", new VersionInfo(3, 11, 7, "final", 0));
    m.put("version", PyStr.of("3.11.7 (krait) [Java " + Runtime.version().feature() + "]"));
    m.put("hexversion", PyInt.of(0x030b07f0));
    PyModule impl = new PyModule("implementation");
    impl.put("name", PyStr.of("krait"));
    impl.put("cache_tag", PyStr.of(CodeWriter.CACHE_TAG));
    m.put("implementation", impl);
    m.put("dont_write_bytecode", PyBool.of(imports.dontWriteBytecode()));
    m.put("pycache_prefix",
        imports.pycachePrefix() == null ? PyNone.NONE : PyStr.of(imports.pycachePrefix()));
    m.put("platform", PyStr.of(platform()));
    m.put("byteorder", PyStr.of("little"));
    m.function("exit", (a, k) -> {
      noKeywords("exit", k);
      if (a.length > 1) {
        throw PyErrors.typeError("exit expected at most 1 argument, got " + a.length);
      }
      throw a.length == 0 ? PyErrors.make(PyErrors.SYSTEM_EXIT)
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
