package io.github.quotable;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;

/** Shortens text for the {@code toString} of results. */
final class Abbreviation {
  private Abbreviation() {}

  static String of(String text, int width) {
    return Ascii.truncate(CharMatcher.whitespace().trimAndCollapseFrom(text, ' '), width, "…");
  }
}
