package io.github.quotable.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A confidence as JSON and the readable output write it: {@code String.format("%.2f")}.
 * Confidences take a few dozen values (a rule's precision, adjusted), so each is formatted once
 * and remembered, instead of running a Formatter for every quotation.
 */
public final class Confidence {
  private static final int MAX_REMEMBERED = 1024;
  private static final ConcurrentMap<Double, String> FORMATTED = new ConcurrentHashMap<>();

  private Confidence() {}

  /**
   * What Formatter's %.2f writes, without starting a Formatter (it loads locale data on its
   * first use): Formatter documents that it rounds the digits of Double.toString half up, which
   * is what BigDecimal does here. Anything unusual (not finite, negative zero, large) still
   * goes through String.format.
   */
  private static String twoPlaces(double d) {
    if (!(d >= 0 && d < 1e6) || d == 0 && 1 / d < 0) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code String.format(Locale.ROOT, "%.2f", confidence)}. */
  public static String format(double confidence) {
    String s = FORMATTED.get(confidence);
    if (s == null) {
      s = twoPlaces(confidence);
      if (FORMATTED.size() < MAX_REMEMBERED) {
        FORMATTED.putIfAbsent(confidence, s);
      }
    }
    return s;
  }
}
