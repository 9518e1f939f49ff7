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
  /**
   * The keywords a token may be, by its length and its ASCII initial in lower case, one bit
   * each; by length alone for a token outside ASCII.
   */
  private static final int[][] BY_INITIAL = new int[longest() + 1][0x80];
  private static final int[] BY_LENGTH = new int[longest() + 1];

  static {
    for (Keyword k : ALL) {
      BY_INITIAL[k.word.length()][k.word.charAt(0)] |= 1 << k.ordinal();
      BY_LENGTH[k.word.length()] |= 1 << k.ordinal();
    }
  }

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
      if (n >= BY_LENGTH.length || (BY_LENGTH[n] & ~mask) == 0) {
        continue; // no keyword of this length, or all of them found: the chars stay unread
      }
      // an ASCII initial rules out the keywords of other initials; outside ASCII, case
      // folding has its subtleties ("K" as the Kelvin sign), left to Tokens.is
      char c = t.charAt(from);
      int candidates = c < 0x80 ? BY_INITIAL[n][lower(c)] : BY_LENGTH[n];
      candidates &= ~mask; // a keyword found once need not be looked for again
      while (candidates != 0) {
        int k = Integer.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        if (t.is(i, ALL[k].word)) {
          mask |= 1 << k;
        }
      }
    }
    return mask;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int longest() {
    int longest = 0;
    for (Keyword k : values()) {
      longest = Math.max(longest, k.word.length());
    }
    return longest;
  }
}
