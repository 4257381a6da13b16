package io.ariflow.flows.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The numeric model: every number is a {@link Long} when it is whole and fits, otherwise a
 * {@link BigDecimal}, so {@code 0.1 + 0.2} is exactly {@code 0.3} and {@code 6 / 2} renders as {@code 3}.
 * A string "looks like a number" when it is an optional {@code -}, digits, and optionally {@code .} and digits.
 */
final class Numbers {

  /** Division keeps 16 significant digits, rounding half to even. */
  static final MathContext DIVISION = MathContext.DECIMAL64;

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Numbers() {
  }

  /** Whether {@code value} is a number of the model (after {@link Values#normalize}). */
  static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof BigDecimal;
  }

  /** Brings any Java number into the model; a non-finite double becomes its text ("NaN"), not a number. */
  static Object normalize(Number number) {
    if (number instanceof Long || number instanceof Integer || number instanceof Short
        || number instanceof Byte) {
      return number.longValue();
    }
    if (number instanceof BigDecimal decimal) {
      return of(decimal);
    }
    if (number instanceof BigInteger integer) {
      return of(new BigDecimal(integer));
    }
    double value = number.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return of(BigDecimal.valueOf(value));
  }

  /** A decimal result in the model: whole values that fit become Long. */
  static Object of(BigDecimal decimal) {
    BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.compareTo(LONG_MIN) >= 0 && stripped.compareTo(LONG_MAX) <= 0) {
      return stripped.longValueExact();
    }
    return stripped;
  }

  /** Whether {@code text} is an optional minus, digits, and optionally a dot followed by digits. */
  static boolean looksNumeric(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = countDigits(text, i);
    if (digits == 0) {
      return false;
    }
    i += digits;
    if (i == text.length()) {
      return true;
    }
    return text.charAt(i) == '.' && countDigits(text, i + 1) > 0
        && i + 1 + countDigits(text, i + 1) == text.length();
  }

  private static int countDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** The number a {@link #looksNumeric} string denotes. */
  static Object parse(String text) {
    if (text.indexOf('.') < 0 && text.length() <= 18) {
      return Long.parseLong(text);
    }
    return of(new BigDecimal(text));
  }

  /** The number {@code value} denotes (a number or a numeric-looking string), or null when it is not one. */
  static Object numeric(Object value) {
    if (isNumber(value)) {
      return value;
    }
    if (value instanceof String text && looksNumeric(text)) {
      return parse(text);
    }
    return null;
  }

  static BigDecimal decimal(Object number) {
    return number instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) number;
  }

  static int compare(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    return decimal(a).compareTo(decimal(b));
  }

  static boolean isZero(Object number) {
    return number instanceof Long l ? l == 0 : ((BigDecimal) number).signum() == 0;
  }

  static Object negate(Object number) {
    if (number instanceof Long l && l != Long.MIN_VALUE) {
      return -l;
    }
    return of(decimal(number).negate());
  }

  /** Rounds half away from zero to {@code digits} decimal places. */
  static Object round(Object number, int digits) {
    return of(decimal(number).setScale(digits, RoundingMode.HALF_UP));
  }

  static Object floor(Object number) {
    return of(decimal(number).setScale(0, RoundingMode.FLOOR));
  }

  static Object ceil(Object number) {
    return of(decimal(number).setScale(0, RoundingMode.CEILING));
  }

  /** The text of a number: plain digits, never an exponent. */
  static String text(Object number) {
    return number instanceof Long l ? Long.toString(l) : ((BigDecimal) number).toPlainString();
  }
}
