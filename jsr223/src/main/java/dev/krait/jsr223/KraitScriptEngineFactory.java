package dev.krait.jsr223;

import dev.krait.api.PythonEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Makes Krait's {@link KraitScriptEngine}s; registered in {@code
 * META-INF/services/javax.script.ScriptEngineFactory}, so that {@code ScriptEngineManager} finds
 * it by the names {@code python}, {@code krait}, {@code py} and {@code python3}, the extension
 * {@code py} and the MIME types {@code text/x-python}, {@code application/x-python} and {@code
 * text/python}, and {@code jrunscript -l python} runs Python.
 *
 * <pre>{@code
 * ScriptEngine py = new ScriptEngineManager().getEngineByName("python");
 * py.eval("print(6 * 7)");   // 42 on the context's writer
 * }</pre>
 *
 * <p>The engines of one factory share one {@link PythonEngine}: its compiled code and builtins.
 */
public final class KraitScriptEngineFactory implements ScriptEngineFactory {

  private static final List<String> NAMES = List.of("python", "krait", "py", "python3");
  private static final List<String> EXTENSIONS = List.of("py");
  private static final List<String> MIME_TYPES =
      List.of("text/x-python", "application/x-python", "text/python");
  private static final String ENGINE_NAME = "Krait";
  private static final String LANGUAGE = "python";
  private static final String LANGUAGE_VERSION = "3.11";

  /**
   * The engine's {@code THREADING} value. {@code MULTITHREADED}: an engine may be used from many
   * threads at once, and what a script does on one thread is visible to scripts on the others,
   * through the {@code Bindings} they share. Scripts over different engine-scope {@code
   * Bindings} run in parallel; scripts over the same {@code Bindings} (an engine's default
   * context, say) take turns, which keeps each script's view of its globals consistent. It is
   * not {@code THREAD-ISOLATED}: that would promise each thread its own values of the same
   * symbols, while here an engine's default {@code Bindings} is one map that every thread reads
   * and writes.
   */
  static final String THREADING = "MULTITHREADED";

  private volatile Namespaces namespaces;

  /** Makes the factory; the Python engine it shares is made on first use. */
  public KraitScriptEngineFactory() {}

  @Override
  public String getEngineName() {
    return ENGINE_NAME;
  }

  @Override
  public String getEngineVersion() {
    return Version.VALUE;
  }

  @Override
  public List<String> getExtensions() {
    return EXTENSIONS;
  }

  @Override
  public List<String> getMimeTypes() {
    return MIME_TYPES;
  }

  @Override
  public List<String> getNames() {
    return NAMES;
  }

  @Override
  public String getLanguageName() {
    return LANGUAGE;
  }

  @Override
  public String getLanguageVersion() {
    return LANGUAGE_VERSION;
  }

  /**
   * Returns the value of {@code key}: {@link ScriptEngine#ENGINE} ({@code Krait}), {@link
   * ScriptEngine#ENGINE_VERSION}, {@link ScriptEngine#NAME} ({@code python}), {@link
   * ScriptEngine#LANGUAGE} ({@code python}), {@link ScriptEngine#LANGUAGE_VERSION} ({@code
   * 3.11}) and {@code THREADING} ({@code MULTITHREADED}, see {@link #THREADING}); null for any
   * other key.
   */
  @Override
  public Object getParameter(String key) {
    return switch (key) {
      case ScriptEngine.ENGINE -> getEngineName();
      case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
      case ScriptEngine.NAME -> NAMES.get(0);
      case ScriptEngine.LANGUAGE -> getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
      case "THREADING" -> THREADING;
      default -> null;
    };
  }

  /** Returns {@code obj.m(arg, ...)}. */
  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  /** Returns a {@code print} of {@code toDisplay} as a Python string literal. */
  @Override
  public String getOutputStatement(String toDisplay) {
    return "print(" + literal(toDisplay) + ")";
  }

  /** Returns {@code statements}, one a line. */
  @Override
  public String getProgram(String... statements) {
    StringBuilder sb = new StringBuilder();
    for (String s : statements) {
      sb.append(s).append('\n');
    }
    return sb.toString();
  }

  /** Returns a new engine, sharing this factory's Python engine. */
  @Override
  public ScriptEngine getScriptEngine() {
    return new KraitScriptEngine(this, namespaces());
  }

  private Namespaces namespaces() {
    Namespaces n = namespaces;
    if (n == null) {
      synchronized (this) {
        n = namespaces;
        if (n == null) {
          n = new Namespaces(PythonEngine.builder().build());
          namespaces = n;
        }
      }
    }
    return n;
  }

  // A str literal of s, quoted as Python's repr quotes one with single quotes.
  static String literal(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('\'').toString();
  }

  /** The version of this build, from the filtered {@code jsr223.properties}. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      Properties p = new Properties();
      try (InputStream in = KraitScriptEngineFactory.class.getResourceAsStream("jsr223.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version", "unknown");
    }
  }
}
