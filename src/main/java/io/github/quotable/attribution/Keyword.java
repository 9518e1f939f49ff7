package io.github.quotable.attribution;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;

/**
 * Words without which a sieve's token-by-token scan of a sentence finds nothing ("according"
 * for "according to X", "words" for "in the words of X", "asked", "put" for "as X put it", a cue noun for "Hale's claim that").
 * One pass over the sentence tells which it holds, a word read as
 * {@link Tokens#is(int, String)} reads it and a class of words as {@link Tokens#is(int,
 * WordClass)}, and a sieve whose word is absent skips its scan.
 */
enum Keyword {
  IT("it"),
  ASKED("asked"),
  HEARD("heard"),
  TOLD("told"),
  WARNED("warned"),
  URGED("urged"),
  ADVISED("advised"),
  REMINDED("reminded"),
  INFORMED("informed"),
  AS("as"),
  PUT("put"),
  ACCORDING("according"),
  WORDS("words"),
  TO("to"),
  IN("in"),
  BY("by"),
  COLON(":"),
  CUE_NOUN(WordClass.CUE_NOUN),
  CUE_ADJECTIVE(WordClass.CUE_ADJECTIVE),
  WORK(WordClass.WORK);

  private static final Keyword[] ALL = values();
  /**
   * The keywords a token may be, by its length and its ASCII initial (or final char) in lower
   * case, one bit each; by length alone for a char outside ASCII.
   */
  private static final int[][] BY_INITIAL = new int[longest() + 1][0x80];
  private static final int[][] BY_FINAL = new int[longest() + 1][0x80];
  private static final int[] BY_LENGTH = new int[longest() + 1];

  /** The classes of the keywords that are classes. */
  private static final long CLASSES;

  static {
    long classes = 0;
    for (Keyword k : ALL) {
      if (k.word != null) {
        BY_INITIAL[k.word.length()][k.word.charAt(0)] |= 1 << k.ordinal();
        BY_FINAL[k.word.length()][k.word.charAt(k.word.length() - 1)] |= 1 << k.ordinal();
        BY_LENGTH[k.word.length()] |= 1 << k.ordinal();
      } else {
        classes |= k.wordClass.bit();
      }
    }
    CLASSES = classes;
  }

  private final String word;
  private final WordClass wordClass;

  Keyword(String word) {
    this.word = word;
    this.wordClass = null;
  }

  Keyword(WordClass wordClass) {
    this.word = null;
    this.wordClass = wordClass;
  }

  /** Whether token i is this keyword. */
  boolean at(Tokens t, int i) {
    return word != null ? t.is(i, word) : t.is(i, wordClass);
  }

  /** The keywords the sentence holds, one bit each by ordinal. */
  static int in(Tokens t, Sentence s) {
    int mask = 0;
    for (int i = s.first(); i < s.end(); i++) {
      if (t.isAny(i, CLASSES)) {
        mask |= classes(t, i);
      }
      int from = t.start(i);
      int n = t.end(i) - from;
      if (n >= BY_LENGTH.length || (BY_LENGTH[n] & ~mask) == 0) {
        continue; // no keyword of this length, or all of them found: the chars stay unread
      }
      // an ASCII initial rules out the keywords of other initials, and an ASCII final char
      // those of other final chars ("is" is neither "it" nor "as"); outside ASCII, case
      // folding has its subtleties ("K" as the Kelvin sign), left to Tokens.is
      char c = t.charAt(from);
      char z = t.charAt(from + n - 1);
      int candidates = (c < 0x80 ? BY_INITIAL[n][lower(c)] : BY_LENGTH[n])
          & (z < 0x80 ? BY_FINAL[n][lower(z)] : BY_LENGTH[n]);
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

  /** The class keywords token i is, one bit each: out of the loop, for the few such words. */
  private static int classes(Tokens t, int i) {
    int mask = 0;
    for (Keyword k : ALL) {
      if (k.wordClass != null && t.is(i, k.wordClass)) {
        mask |= 1 << k.ordinal();
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
      longest = k.word == null ? longest : Math.max(longest, k.word.length());
    }
    return longest;
  }
}
