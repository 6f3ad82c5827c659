package dev.krait.core.stdlib;

/**
 * The real functions of {@code math} that Java's {@code Math} lacks, with CPython's algorithms
 * where CPython has its own (gamma, lgamma, the vector norm of hypot and dist) and fdlibm's
 * where it takes the C library's (the inverse hyperbolic functions). A NaN result from a
 * non-NaN argument means a domain error and an infinite one from a finite argument a range
 * error; {@link MathModule} raises them.
 */
final class MathSpecial {

  private MathSpecial() {}

  private static final double LN2 = 0.6931471805599453;
  private static final double LOG_PI = 1.144729885849400174143427351353058711647;

  // Lanczos' approximation with CPython's g and coefficients (Boost's), numerator and
  // denominator as polynomials in x.
  private static final double LANCZOS_G = 6.024680040776729583740234375;
  private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
  private static final double[] LANCZOS_NUM = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
  private static final double[] LANCZOS_DEN = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

  // gamma(n) for the integers 1..23, exact as doubles.
  private static final double[] GAMMA_INTEGRAL = new double[23];

  static {
    double f = 1.0;
    for (int i = 0; i < GAMMA_INTEGRAL.length; i++) {
      GAMMA_INTEGRAL[i] = f;
      f *= i + 1;
    }
  }

  /** A range error that the C library would report by errno (an overflow). */
  static final class RangeError extends RuntimeException {
    RangeError() {
      super(null, null, false, false);
    }
  }

  private static double lanczosSum(double x) {
    double num = 0.0;
    double den = 0.0;
    // Evaluated as polynomials in x for small x, in 1/x for large x, to avoid overflow.
    if (x < 5.0) {
      for (int i = LANCZOS_NUM.length; --i >= 0; ) {
        num = num * x + LANCZOS_NUM[i];
        den = den * x + LANCZOS_DEN[i];
      }
    } else {
      for (int i = 0; i < LANCZOS_NUM.length; i++) {
        num = num / x + LANCZOS_NUM[i];
        den = den / x + LANCZOS_DEN[i];
      }
    }
    return num / den;
  }

  // sin(pi * x), exact at the integers and half-integers.
  private static double sinpi(double x) {
    double y = Math.abs(x) % 2.0;
    int n = (int) Math.rint(2.0 * y);
    double r;
    switch (n) {
      case 0: r = Math.sin(Math.PI * y); break;
      case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
      case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
      case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
      default: r = Math.sin(Math.PI * (y - 2.0)); break;
    }
    return Math.copySign(1.0, x) * r;
  }

  /** Returns gamma(x) as CPython's m_tgamma (NaN: domain error; throws RangeError). */
  static double gamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) || x > 0 ? x : Double.NaN;
    }
    if (x == 0) {
      return Double.NaN;
    }
    if (x == Math.floor(x)) {
      if (x < 0) {
        return Double.NaN;
      }
      if (x <= GAMMA_INTEGRAL.length) {
        return GAMMA_INTEGRAL[(int) x - 1];
      }
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      double r = 1.0 / x;
      if (Double.isInfinite(r)) {
        throw new RangeError();
      }
      return r;
    }
    if (absx > 200.0) {
      if (x < 0.0) {
        return 0.0 / sinpi(x);
      }
      throw new RangeError();
    }
    double y = absx + LANCZOS_G_MINUS_HALF;
    double q;
    double z;
    // Computes y - (absx + g - 0.5) exactly-ish: the rounding error of y.
    if (absx > LANCZOS_G_MINUS_HALF) {
      q = y - absx;
      z = q - LANCZOS_G_MINUS_HALF;
    } else {
      q = y - LANCZOS_G_MINUS_HALF;
      z = q - absx;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
      r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
      r -= z * r;
      if (absx < 140.0) {
        r /= Math.pow(y, absx - 0.5);
      } else {
        double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
        r /= sqrtpow;
        r /= sqrtpow;
      }
    } else {
      r = lanczosSum(absx) / Math.exp(y);
      r += z * r;
      if (absx < 140.0) {
        r *= Math.pow(y, absx - 0.5);
      } else {
        double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
        r *= sqrtpow;
        r *= sqrtpow;
      }
    }
    if (Double.isInfinite(r)) {
      throw new RangeError();
    }
    return r;
  }

  /** Returns log(abs(gamma(x))) as CPython's m_lgamma. */
  static double lgamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) {
      return x <= 0.0 ? Double.NaN : 0.0;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return -Math.log(absx);
    }
    double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) {
      r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
    }
    if (Double.isInfinite(r)) {
      throw new RangeError();
    }
    return r;
  }

  // erf and erfc by the rational approximations of Sun's fdlibm, as the GNU C library (which
  // CPython calls) computes them: on [0, 0.84375], [0.84375, 1.25], [1.25, 1/0.35], [1/0.35, 28].
  private static final double ERX = 8.45062911510467529297e-01;
  private static final double EFX = 1.28379167095512586316e-01;
  private static final double EFX8 = 1.02703333676410069053e+00;
  private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
    -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
  private static final double[] QQ = {1.0, 3.97917223959155352819e-01,
    6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04,
    -3.96022827877536812320e-06};
  private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
    -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
    3.54783043256182359371e-02, -2.16637559486879084300e-03};
  private static final double[] QA = {1.0, 1.06420880400844228286e-01,
    5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01,
    1.36370839120290507362e-02, 1.19844998467991074170e-02};
  private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
    -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
    -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
  private static final double[] SA = {1.0, 1.96512716674392571292e+01,
    1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02,
    4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00,
    -6.04244152148580987438e-02};
  private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
    -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
    -1.02509513161107724954e+03, -4.83519191608651397019e+02};
  private static final double[] SB = {1.0, 3.03380607434824582924e+01,
    3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03,
    2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01};

  // The polynomial with coefficients c (lowest degree first) at x, in glibc's order: pairs
  // c[2i] + x * c[2i+1] times x**(2i), summed from the lowest (the rounding matters).
  private static double poly(double[] c, double x) {
    double x2 = x * x;
    double x4 = x2 * x2;
    double[] powers = {1.0, x2, x4, x4 * x2, x4 * x4};
    double sum = 0.0;
    for (int i = 0; 2 * i < c.length; i++) {
      double pair = 2 * i + 1 < c.length ? c[2 * i] + x * c[2 * i + 1] : c[2 * i];
      sum = i == 0 ? pair : sum + powers[i] * pair;
    }
    return sum;
  }

  // erfc(ax) for 1.25 <= ax < 28: exp(-ax*ax - 0.5625 + R/S) / ax, with ax*ax split exactly.
  private static double erfcTail(double ax) {
    double s = 1.0 / (ax * ax);
    double rs = ax < 1 / 0.35 ? poly(RA, s) / poly(SA, s) : poly(RB, s) / poly(SB, s);
    double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
    return Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + rs) / ax;
  }

  /** Returns the error function of x. */
  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (Double.isInfinite(x)) {
      return Math.copySign(1.0, x);
    }
    if (ax < 0.84375) {
      if (ax < 0x1p-28) {
        return ax < Double.MIN_NORMAL * 16 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x;
      }
      double z = x * x;
      return x + x * (poly(PP, z) / poly(QQ, z));
    }
    if (ax < 1.25) {
      double s = ax - 1.0;
      double pq = poly(PA, s) / poly(QA, s);
      return x >= 0 ? ERX + pq : -ERX - pq;
    }
    if (ax >= 6) {
      return x >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
    }
    double r = erfcTail(ax);
    return x >= 0 ? 1.0 - r : r - 1.0;
  }

  /** Returns the complementary error function of x. */
  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? 0.0 : 2.0;
    }
    double ax = Math.abs(x);
    if (ax < 0.84375) {
      if (ax < 0x1p-56) {
        return 1.0 - x;
      }
      double z = x * x;
      double y = poly(PP, z) / poly(QQ, z);
      if (x < 0.25) {
        return 1.0 - (x + x * y);
      }
      return 0.5 - (x * y + (x - 0.5));
    }
    if (ax < 1.25) {
      double s = ax - 1.0;
      double pq = poly(PA, s) / poly(QA, s);
      return x >= 0 ? (1.0 - ERX) - pq : 1.0 + (ERX + pq);
    }
    if (ax < 28) {
      if (x < -6) {
        return 2.0 - 1e-300;
      }
      double r = erfcTail(ax);
      return x > 0 ? r : 2.0 - r;
    }
    return x > 0 ? 1e-300 * 1e-300 : 2.0 - 1e-300;
  }

  /** Returns the inverse hyperbolic sine (fdlibm's method). */
  static double asinh(double x) {
    double absx = Math.abs(x);
    if (Double.isNaN(x) || Double.isInfinite(x) || absx < 0x1p-28) {
      return x;
    }
    double w;
    if (absx > 0x1p28) {
      w = Math.log(absx) + LN2;
    } else if (absx > 2.0) {
      w = Math.log(2.0 * absx + 1.0 / (Math.sqrt(x * x + 1.0) + absx));
    } else {
      double t = x * x;
      w = Math.log1p(absx + t / (1.0 + Math.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  /** Returns the inverse hyperbolic cosine (NaN below 1). */
  static double acosh(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < 1.0) {
      return Double.NaN;
    }
    if (x >= 0x1p28) {
      return Double.isInfinite(x) ? x : Math.log(x) + LN2;
    }
    if (x == 1.0) {
      return 0.0;
    }
    if (x > 2.0) {
      double t = x * x;
      return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
    }
    double t = x - 1.0;
    return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  /** Returns the inverse hyperbolic tangent (NaN beyond 1, infinite at 1: a domain error). */
  static double atanh(double x) {
    double absx = Math.abs(x);
    if (Double.isNaN(x)) {
      return x;
    }
    if (absx >= 1.0) {
      return Double.NaN;
    }
    if (absx < 0x1p-28) {
      return x;
    }
    double t;
    if (absx < 0.5) {
      t = absx + absx;
      t = 0.5 * Math.log1p(t + t * absx / (1.0 - absx));
    } else {
      t = 0.5 * Math.log1p((absx + absx) / (1.0 - absx));
    }
    return Math.copySign(t, x);
  }

  /**
   * Returns the Euclidean norm of {@code vec} (absolute values, the largest {@code max}) as
   * CPython's vector_norm: scaled by a power of two, squares and sums kept exact in two
   * doubles, then one correction step of the square root.
   */
  static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || n <= 1) {
      return max;
    }
    int maxE = frexpExponent(max);
    if (maxE < -1023) {
      // Subnormals: scale up first, so that 2**-maxE below does not overflow.
      for (int i = 0; i < n; i++) {
        vec[i] /= Double.MIN_NORMAL;
      }
      return Double.MIN_NORMAL * vectorNorm(vec, n, max / Double.MIN_NORMAL, false);
    }
    double scale = Math.scalb(1.0, -maxE);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (int i = 0; i < n; i++) {
      double x = vec[i] * scale;
      double hi = x * x;
      double lo = Math.fma(x, x, -hi);
      double sum = csum + hi;
      frac2 += (csum - sum) + hi;
      csum = sum;
      frac1 += lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h;
    double lo = Math.fma(-h, h, -hi);
    double sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
  }

  /** Returns e such that x = m * 2**e with 0.5 <= |m| < 1, for a finite non-zero x. */
  static int frexpExponent(double x) {
    int e = Math.getExponent(x);
    if (e == Double.MIN_EXPONENT - 1) {
      // Subnormal: the exponent comes from the highest set bit of the fraction.
      long bits = Double.doubleToRawLongBits(x) & 0x000fffffffffffffL;
      return -1074 + (64 - Long.numberOfLeadingZeros(bits));
    }
    return e + 1;
  }

  private static final double CBRT2 = 1.2599210498948731648;
  private static final double SQR_CBRT2 = 1.5874010519681994748;
  private static final double[] CBRT_FACTOR = {
    1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

  /**
   * Returns the cube root of x as the GNU C library computes it (a polynomial guess and one
   * Halley step, not always correctly rounded: cbrt(-27) is -3.0000000000000004 there too).
   */
  static double cbrt(double x) {
    if (x == 0.0 || !Double.isFinite(x)) {
      return x + x;
    }
    int xe = frexpExponent(x);
    double xm = Math.scalb(Math.abs(x), -xe);
    double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287
        + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262
        - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
    double t2 = u * u * u;
    double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
    return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
  }

  /**
   * Returns cosh(x) as fdlibm's e_cosh (which glibc keeps): through expm1 near 0, exp in the
   * middle, and exp of half the argument squared near overflow.
   */
  static double cosh(double x) {
    double ax = Math.abs(x);
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return ax;
    }
    if (ax < 0.5 * LN2) {
      double t = Math.expm1(ax);
      double w = 1.0 + t;
      return ax < 0x1p-55 ? w : 1.0 + (t * t) / (w + w);
    }
    if (ax < 22) {
      double t = Math.exp(ax);
      return 0.5 * t + 0.5 / t;
    }
    if (ax < 709.782712893384) {
      return 0.5 * Math.exp(ax);
    }
    if (ax <= 710.4758600739439) {
      double w = Math.exp(0.5 * ax);
      double t = 0.5 * w;
      return t * w;
    }
    return Double.POSITIVE_INFINITY;
  }
}
