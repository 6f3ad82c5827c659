package dev.krait.core.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/** Python's {@code repr} of the constant values an {@link Expr.Constant} can hold. */
public final class ConstantRepr {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private ConstantRepr() {}

  /**
   * Returns CPython's {@code repr} of a constant value, of one of the Java types listed on
   * {@link Expr.Constant}.
   *
   * @throws IllegalArgumentException if the value is of no such type
   */
  public static String repr(Object value) {
    if (value instanceof String s) {
      return str(s);
    } else if (value instanceof Expr.CodePoints codePoints) {
      return str(codePoints.codePoints());
    } else if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
      return value.toString();
    } else if (value instanceof Double d) {
      return floatRepr(d);
    } else if (value instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (value instanceof Expr.Singleton singleton) {
      return singleton == Expr.Singleton.NONE ? "None" : "Ellipsis";
    } else if (value instanceof byte[] bytes) {
      return bytes(bytes);
    } else if (value instanceof Expr.Imaginary imaginary) {
      return imaginaryRepr(imaginary.imag());
    }
    throw new IllegalArgumentException(
        "not a constant value: " + (value == null ? "null" : value.getClass().getName()));
  }

  /** Returns CPython's {@code repr} of a {@code str}, such as {@code 'a\n'} or {@code "it's"}. */
  public static String str(String s) {
    // A surrogate pair in a String is one code point; a str where it is two is a CodePoints.
    int[] codePoints = new int[s.codePointCount(0, s.length())];
    for (int i = 0, k = 0; k < codePoints.length; k++) {
      int cp = s.codePointAt(i);
      codePoints[k] = cp;
      i += Character.charCount(cp);
    }
    return str(codePoints);
  }

  /** Returns CPython's {@code repr} of the {@code str} made of {@code codePoints}. */
  private static String str(int[] codePoints) {
    char quote = '\'';
    if (contains(codePoints, '\'') && !contains(codePoints, '"')) {
      quote = '"';
    }
    StringBuilder out = new StringBuilder(codePoints.length + 2);
    out.append(quote);
    for (int cp : codePoints) {
      if (cp >= 0x20 && cp < 0x7f) {
        if (cp == quote || cp == '\\') {
          out.append('\\');
        }
        out.append((char) cp);
      } else {
        appendCodePoint(out, cp);
      }
    }
    out.append(quote);
    return out.toString();
  }

  private static void appendCodePoint(StringBuilder out, int cp) {
    if (cp == '\t') {
      out.append("\\t");
    } else if (cp == '\n') {
      out.append("\\n");
    } else if (cp == '\r') {
      out.append("\\r");
    } else if (cp < 0x20 || cp == 0x7f) {
      appendHex(out, 'x', cp, 2);
    } else if (isPrintable(cp)) {
      // Never a surrogate (category Cs is not printable), so this writes no lone half.
      out.appendCodePoint(cp);
    } else if (cp <= 0xff) {
      appendHex(out, 'x', cp, 2);
    } else if (cp <= 0xffff) {
      appendHex(out, 'u', cp, 4);
    } else {
      appendHex(out, 'U', cp, 8);
    }
  }

  private static boolean contains(int[] codePoints, int cp) {
    for (int c : codePoints) {
      if (c == cp) {
        return true;
      }
    }
    return false;
  }

  private static void appendHex(StringBuilder out, char kind, int value, int digits) {
    out.append('\\').append(kind);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(value >>> shift) & 0xf]);
    }
  }

  /**
   * Returns whether Python's {@code str.isprintable()} is true for the one-character string of a
   * code point (by Unicode 14.0 categories, as CPython 3.11: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or a
   * Zs other than the space).
   */
  public static boolean isPrintable(int codePoint) {
    if (codePoint < 0x7f) {
      return codePoint >= 0x20;
    }
    if (codePoint > Character.MAX_CODE_POINT) {
      return false;
    }
    int index = Arrays.binarySearch(PrintableTable.TOGGLES, codePoint);
    // An exact hit is the code point that flips; otherwise count the toggles at or below it.
    int toggles = index >= 0 ? index + 1 : -index - 1;
    return (toggles & 1) == 1;
  }

  /** Returns CPython's {@code repr} of a {@code bytes} value, such as {@code b'\x00ab'}. */
  public static String bytes(byte[] bytes) {
    return bytes(bytes, false);
  }

  /**
   * Returns the {@code b'...'} part of CPython's {@code repr} of a {@code bytearray}, which
   * escapes a single quote even inside double quotes ({@code bytearray(b"q\'")}).
   */
  public static String byteArrayContent(byte[] bytes) {
    return bytes(bytes, true);
  }

  private static String bytes(byte[] bytes, boolean alwaysEscapeSingleQuote) {
    char quote = '\'';
    if (contains(bytes, '\'') && !contains(bytes, '"')) {
      quote = '"';
    }
    StringBuilder out = new StringBuilder(bytes.length + 3);
    out.append('b').append(quote);
    for (byte value : bytes) {
      int b = value & 0xff;
      if (b == quote || b == '\\' || (alwaysEscapeSingleQuote && b == '\'')) {
        out.append('\\').append((char) b);
      } else if (b == '\t') {
        out.append("\\t");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\r') {
        out.append("\\r");
      } else if (b < 0x20 || b >= 0x7f) {
        appendHex(out, 'x', b, 2);
      } else {
        out.append((char) b);
      }
    }
    out.append(quote);
    return out.toString();
  }

  private static boolean contains(byte[] bytes, char c) {
    for (byte b : bytes) {
      if (b == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns CPython's {@code repr} of a {@code float}: the shortest decimal that reads back as the
   * same double, such as {@code 0.1}, {@code 100.0}, {@code 1e+16}, {@code 5e-324} or {@code nan}.
   */
  public static String floatRepr(double value) {
    return formatShortest(value, true);
  }

  /**
   * Returns CPython's {@code repr} of a complex number whose real part is {@code +0.0}, such as
   * {@code 1j}, {@code 2.5j} or {@code infj}: the value of an imaginary literal.
   */
  public static String imaginaryRepr(double imag) {
    // complex.__repr__ formats its parts without the ".0" that float.__repr__ adds.
    return formatShortest(imag, false) + "j";
  }

  private static String formatShortest(double value, boolean addDotZero) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    boolean negative = (Double.doubleToRawLongBits(value) < 0);
    double magnitude = Math.abs(value);
    String digits;
    int pointPosition; // value = 0.DIGITS * 10**pointPosition, as dtoa's decpt
    if (magnitude == 0) {
      digits = "0";
      pointPosition = 1;
    } else {
      BigDecimal shortest = shortestDecimal(magnitude);
      digits = shortest.unscaledValue().toString();
      pointPosition = digits.length() - shortest.scale();
    }
    StringBuilder out = new StringBuilder(24);
    if (negative) {
      out.append('-');
    }
    if (pointPosition > -4 && pointPosition <= 16) {
      appendFixed(out, digits, pointPosition, addDotZero);
    } else {
      appendExponent(out, digits, pointPosition - 1);
    }
    return out.toString();
  }

  private static void appendFixed(
      StringBuilder out, String digits, int pointPosition, boolean addDotZero) {
    int n = digits.length();
    if (pointPosition <= 0) {
      out.append("0.");
      for (int i = pointPosition; i < 0; i++) {
        out.append('0');
      }
      out.append(digits);
    } else if (pointPosition >= n) {
      out.append(digits);
      for (int i = n; i < pointPosition; i++) {
        out.append('0');
      }
      if (addDotZero) {
        out.append(".0");
      }
    } else {
      out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, n);
    }
  }

  private static void appendExponent(StringBuilder out, String digits, int exponent) {
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    out.append('e').append(exponent < 0 ? '-' : '+');
    int abs = Math.abs(exponent);
    if (abs < 10) {
      out.append('0');
    }
    out.append(abs);
  }

  /**
   * Returns the decimal with the fewest significant digits that reads back as {@code magnitude}
   * (positive and finite), the closest such one when several have that many digits, with trailing
   * zeros stripped: the digits of CPython's {@code repr}.
   */
  private static BigDecimal shortestDecimal(double magnitude) {
    // JDK 17's Double.toString is not always shortest, so search by precision. The nearest
    // decimal of a precision may miss where a farther one fits (the gap below a power of two is
    // half the gap above), so both neighbours are tried. 17 digits always suffice, and rounding
    // the exact value down (up) to 17 digits first keeps the search in longs: a floor of a floor
    // (ceiling of a ceiling) on coarser decimal grids is the floor (ceiling) of the exact value.
    BigDecimal exact = new BigDecimal(magnitude);
    BigDecimal floor17 = exact.round(new MathContext(17, RoundingMode.FLOOR));
    BigDecimal ceiling17 = exact.round(new MathContext(17, RoundingMode.CEILING));
    long floorDigits = floor17.unscaledValue().longValueExact();
    long ceilingDigits = ceiling17.unscaledValue().longValueExact();
    int floorLength = digitCount(floorDigits);
    int ceilingLength = digitCount(ceilingDigits);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal below = roundDigits(floorDigits, floorLength, floor17.scale(), precision, false);
      BigDecimal above =
          roundDigits(ceilingDigits, ceilingLength, ceiling17.scale(), precision, true);
      boolean belowFits = below.doubleValue() == magnitude;
      boolean aboveFits = above.doubleValue() == magnitude;
      if (belowFits && aboveFits && below.compareTo(above) != 0) {
        int order = exact.subtract(below).compareTo(above.subtract(exact));
        if (order == 0) {
          BigDecimal even = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
          return even.stripTrailingZeros();
        }
        return (order < 0 ? below : above).stripTrailingZeros();
      } else if (belowFits) {
        return below.stripTrailingZeros();
      } else if (aboveFits) {
        return above.stripTrailingZeros();
      }
    }
    throw new AssertionError("no 17-digit decimal reads back as " + magnitude);
  }

  private static int digitCount(long value) {
    int count = 1;
    while (count < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[count]) {
      count++;
    }
    return count;
  }

  /**
   * Returns {@code digits * 10**-scale}, a decimal of {@code length} digits, rounded down or up to
   * {@code precision} significant digits.
   */
  private static BigDecimal roundDigits(
      long digits, int length, int scale, int precision, boolean up) {
    if (length <= precision) {
      return BigDecimal.valueOf(digits, scale);
    }
    long divisor = POWERS_OF_TEN[length - precision];
    long kept = digits / divisor;
    if (up && kept * divisor != digits) {
      kept++;
    }
    return BigDecimal.valueOf(kept, scale - (length - precision));
  }
}
