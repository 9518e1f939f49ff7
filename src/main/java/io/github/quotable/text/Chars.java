package io.github.quotable.text;

/** Character classes for tokenising. */
final class Chars {
  private Chars() {}

  private static final String QUOTES = "\"“”„‟«»‹›‘’‚'`″＂「」『』";
  private static final String DASHES = "—–―‒";
  private static final String APOSTROPHES = "'’";

  static boolean space(char c) {
    if (c > ' ' && c < 0x80) {
      return false;
    }
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || Character.isWhitespace(c)
        || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean quote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }

  static boolean dash(char c) {
    return DASHES.indexOf(c) >= 0;
  }

  static boolean apostrophe(char c) {
    return APOSTROPHES.indexOf(c) >= 0;
  }

  static boolean hyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  /** Whether the code point at i starts or continues a word; 0 if not, else its char count. */
  static int wordChar(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? 1 : 0;
    }
    if (!Character.isSurrogate(c)) {
      return Character.isLetterOrDigit(c) || mark(c) ? 1 : 0;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      return Character.isLetterOrDigit(cp) ? 2 : 0;
    }
    return 0;
  }

  private static boolean mark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }
}
