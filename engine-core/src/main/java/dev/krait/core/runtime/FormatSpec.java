package dev.krait.core.runtime;

/**
 * A parsed format specification of the format mini-language:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, parsed as CPython's
 * {@code parse_internal_render_format_spec} does, with its error messages.
 */
public final class FormatSpec {

  /** The fill code point. */
  int fill = ' ';
  /** One of {@code < > = ^}, or 0 when not given. */
  char align;
  /** One of {@code + - space}, or 0 when not given. */
  char sign;
  boolean noNegZero;
  boolean alternate;
  /** -1 when not given. */
  int width = -1;
  /** {@code ,} or {@code _}, or 0. */
  char grouping;
  /** -1 when not given. */
  int precision = -1;
  /** The presentation type code point, or 0 when not given. */
  int type;

  private FormatSpec() {}

  /**
   * Returns {@code format(value, spec)}; kept for callers written against the VM's first format
   * helper: {@link StrFormat#format} is the entry point.
   */
  public static PyObject format(PyObject value, String spec) {
    return StrFormat.format(value, PyStr.of(spec));
  }

  private static boolean isAlign(int c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  }

  /**
   * Returns the parsed spec; {@code defaultAlign} is {@code <} for strings and {@code >} for
   * numbers (a {@code 0} flag then means {@code =} alignment).
   */
  static FormatSpec parse(PyStr specStr, char defaultAlign, String typeName) {
    int[] s = specStr.codePoints();
    int n = s.length;
    int pos = 0;
    FormatSpec f = new FormatSpec();
    boolean fillGiven = false;
    if (n >= 2 && isAlign(s[1])) {
      f.fill = s[0];
      f.align = (char) s[1];
      fillGiven = true;
      pos = 2;
    } else if (n >= 1 && isAlign(s[0])) {
      f.align = (char) s[0];
      pos = 1;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
      f.sign = (char) s[pos++];
    }
    if (pos < n && s[pos] == 'z') {
      f.noNegZero = true;
      pos++;
    }
    if (pos < n && s[pos] == '#') {
      f.alternate = true;
      pos++;
    }
    if (pos < n && s[pos] == '0' && !fillGiven) {
      f.fill = '0';
      if (f.align == 0 && defaultAlign == '>') {
        f.align = '=';
      }
      pos++;
    }
    int start = pos;
    pos = digits(s, pos, f, true);
    if (pos == start) {
      f.width = -1;
    }
    if (pos < n && s[pos] == ',') {
      f.grouping = ',';
      pos++;
    }
    if (pos < n && s[pos] == '_') {
      if (f.grouping != 0) {
        throw PyErrors.valueError("Cannot specify both ',' and '_'.");
      }
      f.grouping = '_';
      pos++;
    }
    if (pos < n && s[pos] == ',') {
      if (f.grouping == '_') {
        throw PyErrors.valueError("Cannot specify both ',' and '_'.");
      }
      throw PyErrors.valueError("Cannot specify ',' with ','.");
    }
    if (pos < n && s[pos] == '.') {
      pos++;
      int p = pos;
      pos = digits(s, pos, f, false);
      if (pos == p) {
        throw PyErrors.valueError("Format specifier missing precision");
      }
    }
    if (n - pos > 1) {
      throw PyErrors.valueError("Invalid format specifier '" + specStr.value()
          + "' for object of type '" + typeName + "'");
    }
    if (pos < n) {
      f.type = s[pos];
    }
    if (f.grouping != 0) {
      switch (f.type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
        case 'F':
          break;
        case 'b': case 'o': case 'x': case 'X':
          if (f.grouping == '_') {
            break;
          }
          // fall through: ',' is not allowed with binary, octal or hex
        default:
          throw PyErrors.valueError("Cannot specify '" + f.grouping + "' with "
              + typeRepr(f.type) + ".");
      }
    }
    return f;
  }

  private static int digits(int[] s, int pos, FormatSpec f, boolean width) {
    long v = 0;
    int start = pos;
    while (pos < s.length && s[pos] >= '0' && s[pos] <= '9') {
      v = v * 10 + (s[pos] - '0');
      if (v > Integer.MAX_VALUE - 1000) {
        throw PyErrors.valueError("Too many decimal digits in format string");
      }
      pos++;
    }
    if (pos > start) {
      if (width) {
        f.width = (int) v;
      } else {
        f.precision = (int) v;
      }
    }
    return pos;
  }

  /** Returns how CPython quotes a type code in messages: {@code 'd'} or {@code '\x1'}. */
  static String typeRepr(int type) {
    if (type > 32 && type < 128) {
      return "'" + (char) type + "'";
    }
    return "'\\x" + Integer.toHexString(type) + "'";
  }

  /** Returns the ValueError for a type code the object's type does not know. */
  static PyException unknownCode(int type, String typeName) {
    return PyErrors.valueError("Unknown format code " + typeRepr(type).replace("'\\x", "'\\x")
        + " for object of type '" + typeName + "'");
  }
}
