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
import java.util.function.BiConsumer;
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
    /** The last sync in that found the name in a scope. */
    int generation;
    /** True once the name is no longer in {@code seen}. */
    boolean gone;

    Seen(Object java, PyValue python, int generation) {
      this.java = java;
      this.python = python;
      this.generation = generation;
    }
  }

  private final PythonContext context;
  /** True while a run uses this namespace as a thread's idle one. */
  boolean busy;
  private final Map<String, Seen> seen = new HashMap<>();
  private boolean wrote;
  // Counts syncIn calls; marked counts the names of seen the current one found in a scope.
  private int generation;
  private int marked;
  // The names the syncIns placed, in the order placed, with what was seen of each: new Bindings
  // of the same names in the same order (a rule over fresh Bindings each time) find theirs by
  // identity, without hashing; placed counts the current syncIn's names.
  private final String[] recentNames = new String[RECENT];
  private final Seen[] recentSeen = new Seen[RECENT];
  private int placed;
  private static final int RECENT = 8;
  // The streams, ARGV and file name of the last run: most runs reuse them.
  private Writer lastOut;
  private Writer lastErr;
  private Reader lastIn;
  private Object lastArgv;
  private String lastFileName = "";
  // The engine scope as the last syncOut left it in step with the globals, and its change count
  // then; whether the global scope was empty at the last syncIn.
  private KraitBindings syncedBindings;
  private long syncedChanges = -1;
  private boolean globalWasEmpty;
  // True when the globals changed between the last syncOut and a syncIn: the next syncOut
  // compares every name, as the mark no longer covers that change.
  private boolean drifted;
  private final BiConsumer<String, Object> placer = this::place;

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
   * {@code sys.argv} {@code [FILENAME or '', *ARGV]}; {@code engine} and {@code global} are the
   * scopes of {@code sc}. Most runs change none of them: only identities are compared then.
   */
  void useStreams(ScriptContext sc, Bindings engine, Bindings global, String fileName) {
    Writer out = sc.getWriter();
    Writer err = sc.getErrorWriter();
    Reader in = sc.getReader();
    if (out != lastOut || err != lastErr || in != lastIn) {
      context.setOut(orNull(out));
      context.setErr(orNull(err));
      context.setIn(in != null ? in : Reader.nullReader());
      lastOut = out;
      lastErr = err;
      lastIn = in;
    }
    Object argv = engine instanceof KraitBindings k ? k.argv() : engine.get(ScriptEngine.ARGV);
    if (argv == null && global != null && !global.isEmpty()) {
      argv = global.get(ScriptEngine.ARGV);
    }
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
    boolean globalEmpty = global == null || global.isEmpty();
    if (engine == syncedBindings && syncedChanges >= 0
        && syncedChanges == syncedBindings.changes() && globalEmpty && globalWasEmpty) {
      // Nobody changed the bindings since the last run left them in step: nothing to copy
      // (invokeFunction and scripts over one long-lived Bindings). The globals' mark is the
      // one syncOut took, so syncOut also sees what changed them in between (a function of
      // this namespace called through a handle).
      return;
    }
    // Changes to the globals since the last syncOut: its mark tells, before this sync moves it.
    drifted |= context.globalsChanged();
    globalWasEmpty = globalEmpty;
    generation++;
    marked = 0;
    placed = 0;
    if (engine instanceof KraitBindings k) {
      k.forEachEntry(placer);
    } else {
      for (Map.Entry<String, Object> e : engine.entrySet()) {
        place(e.getKey(), e.getValue());
      }
    }
    if (!globalEmpty) {
      for (Map.Entry<String, Object> e : global.entrySet()) {
        // Not seen yet, or seen in an earlier run only: the engine scope does not hide it.
        Seen s = seen.get(e.getKey());
        if (s == null || s.generation != generation) {
          place(e.getKey(), e.getValue());
        }
      }
    }
    if (seen.size() > marked) {
      // Names of an earlier run that neither scope binds now.
      for (Iterator<Map.Entry<String, Seen>> it = seen.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Seen> e = it.next();
        if (e.getValue().generation != generation) {
          context.remove(e.getKey());
          e.getValue().gone = true;
          it.remove();
        }
      }
    }
    context.markGlobals();
  }

  private void place(String name, Object value) {
    Seen s = recent(name);
    if (s != null) {
      s.generation = generation;
      marked++;
      if (s.java == value) {
        return;
      }
    } else if (!isIdentifier(name)) {
      return;
    }
    // Converted once, and the handle is the Python value now bound: no lookup after the set.
    PyValue python = context.toPython(value);
    context.set(name, python);
    if (s != null) {
      s.java = value;
      s.python = python;
    } else {
      s = new Seen(value, python, generation);
      seen.put(name, s);
      marked++;
      remember(name, s);
    }
  }

  // What was seen of name: at its place in the recent order, else in seen (and remembered).
  private Seen recent(String name) {
    int i = placed;
    if (i < RECENT && recentNames[i] == name) {
      Seen s = recentSeen[i];
      if (!s.gone) {
        placed++;
        return s;
      }
    }
    Seen s = seen.get(name);
    if (s != null) {
      remember(name, s);
    }
    return s;
  }

  private void remember(String name, Seen s) {
    int i = placed++;
    if (i < RECENT) {
      recentNames[i] = name;
      recentSeen[i] = s;
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
    if (drifted || context.globalsChanged()) {
      // Out of step until the copy is done (it may fail half-way).
      syncedBindings = null;
      copyOut(engine);
      context.markGlobals();
      drifted = false;
    }
    if (engine instanceof KraitBindings k) {
      if (syncedBindings != k) {
        // Mostly the same Bindings again: no reference store (and no GC write barrier).
        syncedBindings = k;
      }
      syncedChanges = k.changes();
    } else {
      syncedBindings = null;
    }
  }

  private void copyOut(Bindings engine) {
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
        s.gone = true;
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
          seen.put(name, new Seen(j, context.getValue(name), generation));
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
