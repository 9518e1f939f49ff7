package io.github.quotable.lexicon;

import io.github.quotable.text.Blanks;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a lexicon entry into its fields: on runs of white space, or on commas with the blanks
 * ({@link Blanks}) around each field trimmed; empty fields are dropped either way. Plain loops, so that reading
 * the lexicons at start-up loads no regular expressions and no splitter library.
 */
final class Fields {
  private static final Fields WHITESPACE = new Fields(false);
  private static final Fields COMMAS = new Fields(true);

  private final boolean commas;

  private Fields(boolean commas) {
    this.commas = commas;
  }

  /** Fields separated by runs of ASCII white space (the regular expression {@code \s+}). */
  static Fields onWhitespace() {
    return WHITESPACE;
  }

  /** Fields separated by commas, each trimmed of white space. */
  static Fields onCommas() {
    return COMMAS;
  }

  List<String> splitToList(String s) {
    List<String> out = new ArrayList<>(4);
    int n = s.length();
    int from = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || (commas ? s.charAt(i) == ',' : asciiSpace(s.charAt(i)))) {
        int a = from;
        int b = i;
        if (commas) {
          while (a < b && Blanks.blank(s.charAt(a))) {
            a++;
          }
          while (b > a && Blanks.blank(s.charAt(b - 1))) {
            b--;
          }
        }
        if (a < b) {
          out.add(s.substring(a, b));
        }
        from = i + 1;
      }
    }
    return out;
  }

  List<String> split(String s) {
    return splitToList(s);
  }

  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
