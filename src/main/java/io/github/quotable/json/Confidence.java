package io.github.quotable.json;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A confidence as JSON writes it: {@code String.format("%.2f")}. Confidences take a few dozen
 * values (a rule's precision, adjusted), so each is formatted once and remembered, instead of
 * running a Formatter for every quotation.
 */
final class Confidence {
  private static final int MAX_REMEMBERED = 1024;
  private static final ConcurrentMap<Double, String> FORMATTED = new ConcurrentHashMap<>();

  private Confidence() {}

  static String format(double confidence) {
    String s = FORMATTED.get(confidence);
    if (s == null) {
      s = String.format(Locale.ROOT, "%.2f", confidence);
      if (FORMATTED.size() < MAX_REMEMBERED) {
        FORMATTED.putIfAbsent(confidence, s);
      }
    }
    return s;
  }
}
