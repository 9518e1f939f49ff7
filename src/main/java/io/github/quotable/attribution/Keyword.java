package io.github.quotable.attribution;

import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;

/**
 * Words without which a sieve's token-by-token scan of a sentence finds nothing ("according"
 * for "according to X", "asked", "put" for "as X put it"). One pass over the sentence tells
 * which it holds, read as {@link Tokens#is(int, String)} reads them, and a sieve whose word
 * is absent skips its scan.
 */
enum Keyword {
  IT("it"),
  ASKED("asked"),
  AS("as"),
  PUT("put"),
  ACCORDING("according"),
  TO("to"),
  IN("in"),
  BY("by"),
  COLON(":");

  private static final Keyword[] ALL = values();
  /** The keywords by length: a token is compared only with those of its own. */
  private static final Keyword[][] BY_LENGTH = byLength();

  private final String word;

  Keyword(String word) {
    this.word = word;
  }

  /** The word, in lower case. */
  String word() {
    return word;
  }

  /** The keywords the sentence holds, one bit each by ordinal. */
  static int in(Tokens t, Sentence s) {
    int mask = 0;
    for (int i = s.first(); i < s.end(); i++) {
      int from = t.start(i);
      int n = t.end(i) - from;
      if (n >= BY_LENGTH.length) {
        continue;
      }
      // an ASCII first char rules out the keywords of other initials; outside ASCII, case
      // folding has its subtleties ("K" as the Kelvin sign), left to Tokens.is
      char c = t.charAt(from);
      char initial = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      for (Keyword k : BY_LENGTH[n]) {
        if ((initial == k.word.charAt(0) || c >= 0x80) && t.is(i, k.word)) {
          mask |= 1 << k.ordinal();
        }
      }
    }
    return mask;
  }

  private static Keyword[][] byLength() {
    int longest = 0;
    for (Keyword k : ALL) {
      longest = Math.max(longest, k.word.length());
    }
    Keyword[][] out = new Keyword[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int size = 0;
      for (Keyword k : ALL) {
        size += k.word.length() == n ? 1 : 0;
      }
      out[n] = new Keyword[size];
      int j = 0;
      for (Keyword k : ALL) {
        if (k.word.length() == n) {
          out[n][j++] = k;
        }
      }
    }
    return out;
  }
}
