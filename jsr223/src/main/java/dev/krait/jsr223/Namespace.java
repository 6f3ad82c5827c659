package dev.krait.jsr223;

import dev.krait.api.PyValue;
import dev.krait.api.PythonContext;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;

/**
 * A Python context whose {@code __main__} globals stand for a script's {@code Bindings}: before a
 * run the engine-scope entries (and the global-scope ones they do not hide) are set into the
 * globals, after it every name the script bound, rebound or deleted is written to the engine
 * scope.
 *
 * <p>Only what changed crosses: for each name it remembers the Java value last seen in the
 * {@code Bindings} and the Python object the globals held then. A value the host did not touch
 * is not set again, so the globals keep the original Python object (a tuple stays a tuple, a
 * function keeps its identity) rather than its Java conversion; a Python value the script did
 * not rebind is not converted back. The same holds when a namespace serves a new {@code
 * Bindings}: names it lacks are unbound, values identical to the last ones (the same rule over
 * new {@code Bindings} of the same names, small ints, the same host objects) are not set again.
 * Used by one thread at a time (its owner holds the lock of
 * the engine-scope {@code Bindings}).
 */
final class Namespace {

  // What a context's module globals bind without a script binding them.
  private static final String[] MODULE_NAMES = {"__name__", "__doc__"};

  /** What crossed for one name at the last sync. */
  private static final class Seen {
    /** The Java value the Bindings held or were given. */
    Object java;
    /** The Python object the globals held. */
    PyValue python;

    Seen(Object java, PyValue python) {
      this.java = java;
      this.python = python;
    }
  }

  private final PythonContext context;
  private final Map<String, Seen> seen = new HashMap<>();
  private boolean wrote;
  // The ARGV and file name sys.argv was last made of: most runs reuse them.
  private Object lastArgv;
  private String lastFileName = "";

  Namespace(PythonContext context) {
    this.context = context;
  }

  /** Returns the Python context. */
  PythonContext context() {
    return context;
  }

  /** Returns true when the last {@link #syncOut} wrote to the engine scope. */
  boolean wrote() {
    return wrote;
  }

  /**
   * Makes the context's streams the writer, error writer and reader of {@code sc}, and its
   * {@code sys.argv} {@code [FILENAME or '', *ARGV]}.
   */
  void useStreams(ScriptContext sc, String fileName) {
    Writer out = orNull(sc.getWriter());
    if (out != context.out()) {
      context.setOut(out);
    }
    Writer err = orNull(sc.getErrorWriter());
    if (err != context.err()) {
      context.setErr(err);
    }
    Reader in = sc.getReader() != null ? sc.getReader() : Reader.nullReader();
    if (in != context.in()) {
      context.setIn(in);
    }
    Object argv = sc.getAttribute(ScriptEngine.ARGV);
    if (argv != lastArgv || !fileName.equals(lastFileName)) {
      List<String> wanted = argv(fileName, argv);
      if (!wanted.equals(context.argv())) {
        context.setArgv(wanted);
      }
      lastArgv = argv;
      lastFileName = fileName;
    }
  }

  private static Writer orNull(Writer w) {
    return w != null ? w : Writer.nullWriter();
  }

  private static List<String> argv(String fileName, Object argv) {
    String first = fileName.startsWith("<") ? "" : fileName;
    if (argv == null) {
      return List.of(first);
    }
    List<String> all = new ArrayList<>();
    all.add(first);
    if (argv instanceof Object[] items) {
      for (Object o : items) {
        all.add(String.valueOf(o));
      }
    } else if (argv instanceof Iterable<?> items) {
      for (Object o : items) {
        all.add(String.valueOf(o));
      }
    } else {
      all.add(String.valueOf(argv));
    }
    return all;
  }

  /**
   * Sets the entries of {@code engine} and then the entries of {@code global} (or null) that
   * {@code engine} does not hide into the globals, and unbinds names the host removed from both.
   */
  void syncIn(Bindings engine, Bindings global) {
    if (!seen.isEmpty()) {
      for (Iterator<String> it = seen.keySet().iterator(); it.hasNext(); ) {
        String name = it.next();
        if (!engine.containsKey(name) && (global == null || !global.containsKey(name))) {
          context.remove(name);
          it.remove();
        }
      }
    }
    if (global != null && !global.isEmpty()) {
      for (Map.Entry<String, Object> e : global.entrySet()) {
        if (!engine.containsKey(e.getKey())) {
          place(e.getKey(), e.getValue());
        }
      }
    }
    for (Map.Entry<String, Object> e : engine.entrySet()) {
      place(e.getKey(), e.getValue());
    }
  }

  private void place(String name, Object value) {
    Seen s = seen.get(name);
    if (s != null && s.java == value || !isIdentifier(name)) {
      return;
    }
    context.set(name, value);
    if (s != null) {
      s.java = value;
      s.python = context.getValue(name);
    } else {
      seen.put(name, new Seen(value, context.getValue(name)));
    }
  }

  /** Returns true when {@code name} is a Python name ("javax.script.argv" is not one). */
  static boolean isIdentifier(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && !Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes to {@code engine} the names the script bound or rebound (converted to Java) and
   * removes those it deleted.
   */
  void syncOut(Bindings engine) {
    wrote = false;
    int moduleNames = 0;
    for (String m : MODULE_NAMES) {
      if (context.contains(m)) {
        moduleNames++;
      }
    }
    for (Iterator<Map.Entry<String, Seen>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Seen> e = it.next();
      String name = e.getKey();
      Seen s = e.getValue();
      PyValue now = context.getValue(name);
      if (now == null) {
        engine.remove(name);
        it.remove();
        wrote = true;
      } else if (!now.equals(s.python)) {
        s.java = context.get(name);
        s.python = now;
        engine.put(name, s.java);
        wrote = true;
      }
    }
    // Every name but the module's own is in seen, unless the script bound new ones.
    Map<String, Object> globals = context.globals();
    if (globals.size() > seen.size() + moduleNames) {
      for (String name : new ArrayList<>(globals.keySet())) {
        if (!seen.containsKey(name) && !isModuleName(name)) {
          Object j = context.get(name);
          engine.put(name, j);
          seen.put(name, new Seen(j, context.getValue(name)));
          wrote = true;
        }
      }
    }
  }

  private static boolean isModuleName(String name) {
    for (String m : MODULE_NAMES) {
      if (m.equals(name)) {
        return true;
      }
    }
    return false;
  }

}
