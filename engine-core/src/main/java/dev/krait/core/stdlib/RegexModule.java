package dev.krait.core.stdlib;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code _krait_re} module, the engine under the bundled {@code re}: translates a Python
 * pattern ({@link RegexTranslator}) and runs the translation with {@code java.util.regex},
 * answering in code point positions. Everything else of {@code re} is Python.
 */
final class RegexModule {

  private RegexModule() {}

  /** Compiled Java patterns by their source; immutable and thread-safe, shared by contexts. */
  private static final LoadingCache<String, Pattern> PATTERNS = CacheBuilder.newBuilder()
      .maximumSize(1024)
      .build(CacheLoader.from(RegexModule::compileJava));

  private static final int SEARCH = 0;
  private static final int MATCH = 1;
  private static final int FULLMATCH = 2;

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("_krait_re");
    m.function("translate", (a, k) -> translate(a));
    m.function("match", (a, k) -> match(a));
    m.function("scan", (a, k) -> scanAll(a));
    m.function("findall", (a, k) -> findall(a));
    m.function("purge", (a, k) -> {
      PATTERNS.invalidateAll();
      return PyNone.NONE;
    });
    return m;
  }

  private static Pattern compileJava(String source) {
    try {
      return Pattern.compile(source);
    } catch (PatternSyntaxException e) {
      // The translator writes syntax Java accepts, but Java refuses some of it (a look-behind
      // it cannot bound): say what is missing rather than let a Java exception out.
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          "re: this pattern cannot run on java.util.regex in Krait yet ("
              + e.getDescription() + ")");
    }
  }

  /**
   * translate(pattern, flags) -> (java_source, flags, groups, groupindex, parents, java_groups),
   * where parents[g - 1] is the group that group g is nested in (0 for none) and
   * java_groups[g - 1] the Java group of group g (None when it is g); or (message, pos) for
   * a syntax error (pos None when CPython gives none). The pattern is a str or bytes.
   */
  private static PyObject translate(PyObject[] args) {
    PyObject pattern = args[0];
    int flags = (int) Abstract.index(args[1]).longValue();
    boolean isBytes = pattern instanceof PyBytes;
    String text = isBytes ? latin1((PyBytes) pattern) : ((PyStr) pattern).value();
    try {
      RegexTranslator.Result r = RegexTranslator.translate(text, flags, isBytes);
      PyDict index = new PyDict();
      for (Map.Entry<String, Integer> e : r.groupIndex().entrySet()) {
        index.put(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
      }
      PATTERNS.put(r.javaPattern(), compileJava(r.javaPattern()));
      PyObject[] parents = new PyObject[r.parents().size()];
      for (int i = 0; i < parents.length; i++) {
        parents[i] = PyInt.of(r.parents().get(i));
      }
      // The Java group of each Python group, or None when they are the same numbers.
      PyObject javaGroups = PyNone.NONE;
      if (r.javaGroups().size() != r.groups() || !isIdentity(r.javaGroups())) {
        PyObject[] numbers = new PyObject[r.javaGroups().size()];
        for (int i = 0; i < numbers.length; i++) {
          numbers[i] = PyInt.of(r.javaGroups().get(i));
        }
        javaGroups = PyTuple.of(numbers);
      }
      return PyTuple.of(PyStr.of(r.javaPattern()), PyInt.of(r.flags()), PyInt.of(r.groups()),
          index, PyTuple.of(parents), javaGroups);
    } catch (RegexTranslator.Error e) {
      return PyTuple.of(PyStr.of(e.getMessage()), e.pos < 0 ? PyNone.NONE : PyInt.of(e.pos));
    }
  }

  private static boolean isIdentity(java.util.List<Integer> javaGroups) {
    for (int i = 0; i < javaGroups.size(); i++) {
      if (javaGroups.get(i) != i + 1) {
        return false;
      }
    }
    return true;
  }

  private static String latin1(PyBytes bytes) {
    return new String(bytes.toArray(), StandardCharsets.ISO_8859_1);
  }

  /** A string or bytes being searched, as the Java text the pattern runs on. */
  private static final class Subject {
    final PyObject original;
    final String text;
    // For a str with code points beyond the BMP: the code point index of each char offset.
    private int[] codePointAt;
    private final boolean bmp;
    final int from;
    final int to;

    Subject(PyObject subject, PyObject pos, PyObject endpos) {
      original = subject;
      if (subject instanceof PyStr s) {
        text = s.value();
        bmp = s.isBmp();
      } else if (subject instanceof PyBytes b) {
        text = latin1(b);
        bmp = true;
      } else {
        throw PyErrors.typeError("expected string or bytes-like object, got '"
            + subject.type().name() + "'");
      }
      int length = bmp ? text.length() : text.codePointCount(0, text.length());
      int start = (int) Math.max(Math.min(Abstract.index(pos).longValue(), length), 0);
      int end = (int) Math.max(Math.min(Abstract.index(endpos).longValue(), length), 0);
      from = bmp ? start : text.offsetByCodePoints(0, Math.min(start, end));
      to = bmp ? end : text.offsetByCodePoints(0, end);
    }

    /** Returns a matcher over the text up to endpos ('$' matches there), bounds transparent. */
    Matcher matcher(Pattern pattern) {
      Matcher m = pattern.matcher(to == text.length() ? text : text.substring(0, to));
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      return m;
    }

    int codePointIndex(int charOffset) {
      if (bmp || charOffset < 0) {
        return charOffset;
      }
      if (codePointAt == null) {
        codePointAt = new int[text.length() + 1];
        for (int i = 0, cp = 0; i <= text.length(); i++) {
          codePointAt[i] = cp;
          if (i < text.length() && !Character.isHighSurrogate(text.charAt(i))) {
            cp++;
          }
        }
      }
      return codePointAt[charOffset];
    }

    /** Returns the str or bytes between two char offsets. */
    PyObject slice(int start, int end) {
      if (original instanceof PyBytes b) {
        return PyBytes.of(java.util.Arrays.copyOfRange(b.toArray(), start, end));
      }
      return PyStr.of(text.substring(start, end));
    }
  }

  private static Pattern advancing(String source) {
    // \G is where the search starts: a match may not end there, so it may not be empty there;
    // the engine backtracks into longer alternatives at the same place, as CPython's does.
    return PATTERNS.getUnchecked("(?:" + source + ")(?!\\G)");
  }

  /**
   * match(java_source, string, pos, endpos, mode, must_advance, java_groups) -> the spans of the
   * match and its groups as one flat tuple of code point indices (-1 for a group that did not
   * take part), or None. mode: 0 search, 1 match, 2 fullmatch. With must_advance an empty match
   * at pos is refused (the rule of CPython's finditer and sub after an empty match).
   */
  private static PyObject match(PyObject[] args) {
    String source = ((PyStr) args[0]).value();
    Pattern pattern = Abstract.isTrue(args[5]) ? advancing(source)
        : PATTERNS.getUnchecked(source);
    Subject subject = new Subject(args[1], args[2], args[3]);
    int mode = (int) Abstract.index(args[4]).longValue();
    if (subject.to < subject.from) {
      return PyNone.NONE;
    }
    Matcher m = subject.matcher(pattern);
    m.region(subject.from, subject.to);
    boolean found;
    if (mode == SEARCH) {
      found = m.find();
    } else if (mode == MATCH) {
      found = m.lookingAt();
    } else {
      found = m.matches();
    }
    return found ? spans(m, subject, args[6]) : PyNone.NONE;
  }

  /**
   * Calls {@code each} with the matcher on every successive match from pos to endpos, at most
   * {@code limit} of them (0: all), as CPython's scanner finds them: after an empty match the
   * next may not be empty at the same place.
   */
  private static void scan(String source, Subject subject, long limit,
      java.util.function.Consumer<Matcher> each) {
    if (subject.to < subject.from) {
      return;
    }
    Matcher plain = subject.matcher(PATTERNS.getUnchecked(source));
    Matcher advancing = null;
    boolean mustAdvance = false;
    int from = subject.from;
    for (long count = 0; from <= subject.to && (limit <= 0 || count < limit); count++) {
      Matcher m = plain;
      if (mustAdvance) {
        if (advancing == null) {
          advancing = subject.matcher(advancing(source));
        }
        m = advancing;
      }
      m.region(from, subject.to);
      if (!m.find()) {
        return;
      }
      each.accept(m);
      mustAdvance = m.end() == m.start();
      from = m.end();
    }
  }

  /**
   * scan(java_source, string, pos, endpos, java_groups, limit) -> a list of the span tuples
   * (as match() gives them) of the successive matches, at most limit (0: all).
   */
  private static PyObject scanAll(PyObject[] args) {
    Subject subject = new Subject(args[1], args[2], args[3]);
    PyList result = new PyList();
    scan(((PyStr) args[0]).value(), subject, Abstract.index(args[5]).longValue(),
        m -> result.append(spans(m, subject, args[4])));
    return result;
  }

  /**
   * findall(java_source, string, pos, endpos, java_groups, groups) -> re.findall's list: the
   * matches, the one group's text, or tuples of the groups' texts ('' for a group that did not
   * take part).
   */
  private static PyObject findall(PyObject[] args) {
    Subject subject = new Subject(args[1], args[2], args[3]);
    PyObject javaGroups = args[4];
    int groups = (int) Abstract.index(args[5]).longValue();
    PyObject empty = subject.original instanceof PyBytes ? PyBytes.EMPTY : PyStr.EMPTY;
    PyList result = new PyList();
    scan(((PyStr) args[0]).value(), subject, 0, m -> {
      if (groups == 0) {
        result.append(subject.slice(m.start(), m.end()));
        return;
      }
      PyObject[] texts = new PyObject[groups];
      for (int g = 1; g <= groups; g++) {
        int j = javaGroup(javaGroups, g);
        texts[g - 1] = m.start(j) < 0 ? empty : subject.slice(m.start(j), m.end(j));
      }
      result.append(groups == 1 ? texts[0] : PyTuple.of(texts));
    });
    return result;
  }

  private static int javaGroup(PyObject javaGroups, int g) {
    return g == 0 || javaGroups == PyNone.NONE ? g
        : (int) Abstract.index(((PyTuple) javaGroups).get(g - 1)).longValue();
  }

  /** Returns the flat tuple of code point spans of the Python groups of a successful match. */
  private static PyObject spans(Matcher m, Subject subject, PyObject javaGroups) {
    int groups = javaGroups == PyNone.NONE ? m.groupCount() : (int) Abstract.len(javaGroups);
    PyObject[] spans = new PyObject[2 * (groups + 1)];
    for (int g = 0; g <= groups; g++) {
      int j = javaGroup(javaGroups, g);
      spans[2 * g] = PyInt.of(subject.codePointIndex(m.start(j)));
      spans[2 * g + 1] = PyInt.of(subject.codePointIndex(m.end(j)));
    }
    return PyTuple.of(spans);
  }
}
