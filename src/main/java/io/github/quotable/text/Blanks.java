package io.github.quotable.text;

/**
 * Unicode white space (the White_Space property, as Guava's {@code CharMatcher.whitespace()}
 * has it): what lexicon lines and role descriptions are trimmed and split by. A plain table,
 * so start-up loads no matcher library for it.
 */
public final class Blanks {
  private static final String BLANKS = "\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u2001\u2002"
      + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

  private Blanks() {}

  public static boolean blank(char c) {
    return c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' : c >= 0x85 && BLANKS.indexOf(c) >= 0;
  }

  /** The string without white space at either end. */
  public static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && blank(s.charAt(a))) {
      a++;
    }
    while (b > a && blank(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }
}
