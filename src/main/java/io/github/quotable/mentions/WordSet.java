package io.github.quotable.mentions;

import com.google.common.collect.ImmutableSet;
import io.github.quotable.text.Tokens;

/**
 * A fixed set of words that a token is looked up in without making a String of it: the
 * token's characters are compared with the few words of its length. The sieves look words up
 * for most tokens they pass, and each {@code set.contains(t.string(i))} was an allocation.
 */
public final class WordSet {
  private final ImmutableSet<String> words;
  /** Whether every word is written in ASCII, as all the sieves' are. */
  private final boolean ascii;
  /**
   * The words by length, as char arrays (read without String's test of its coder, which the
   * compiler inlined into every caller with both coders' reads), and where each stands in the
   * order given.
   */
  private final char[][][] byLength;
  private final int[][] positions;

  private WordSet(ImmutableSet<String> words) {
    this.words = words;
    int longest = 0;
    boolean allAscii = true;
    for (String w : words) {
      longest = Math.max(longest, w.length());
      for (int k = 0; k < w.length(); k++) {
        allAscii &= w.charAt(k) < 0x80;
      }
    }
    ascii = allAscii;
    byLength = new char[longest + 1][][];
    positions = new int[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int size = 0;
      for (String w : words) {
        size += w.length() == n ? 1 : 0;
      }
      byLength[n] = new char[size][];
      positions[n] = new int[size];
      int k = 0;
      int position = 0;
      for (String w : words) {
        if (w.length() == n) {
          byLength[n][k] = w.toCharArray();
          positions[n][k++] = position;
        }
        position++;
      }
    }
  }

  public static WordSet of(String... words) {
    return new WordSet(ImmutableSet.copyOf(words));
  }

  /** Whether token i, exactly as written, is one of the words: {@code t.string(i)}. */
  public boolean has(Tokens t, int i) {
    return indexOf(t, i) >= 0;
  }

  /**
   * The position of token i, exactly as written, among the words in the order given; -1 if
   * it is none of them.
   */
  public int indexOf(Tokens t, int i) {
    int from = t.start(i);
    int n = t.end(i) - from;
    if (n >= byLength.length) {
      return -1;
    }
    char[][] candidates = byLength[n];
    for (int k = 0; k < candidates.length; k++) {
      if (same(t, from, candidates[k], false)) {
        return positions[n][k];
      }
    }
    return -1;
  }

  /**
   * Whether token i in lower case is one of the words: {@code t.lowerString(i)}, which is
   * {@code string(i).toLowerCase(Locale.ROOT)}. A token outside ASCII is lower-cased as a
   * String, since its lower case may differ in length.
   */
  public boolean hasLower(Tokens t, int i) {
    int from = t.start(i);
    int n = t.end(i) - from;
    for (int k = 0; k < n; k++) {
      char c = t.charAt(from + k);
      if (c >= 0x80) {
        return hasLowerOutsideAscii(t, i, c);
      }
    }
    if (n >= byLength.length) {
      return false;
    }
    for (char[] w : byLength[n]) {
      if (same(t, from, w, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #hasLower} of a token whose first char outside ASCII is c. A char whose lower case
   * is outside ASCII ("”", "é") keeps the token from any ASCII word; only the rare one lowered
   * into ASCII (the Kelvin sign) needs the String.
   */
  private boolean hasLowerOutsideAscii(Tokens t, int i, char c) {
    return (!ascii || lowersToAscii(c)) && words.contains(t.lowerString(i));
  }

  /**
   * Whether c, outside ASCII, is lower-cased into ASCII by {@link Character#toLowerCase(char)}:
   * over the whole BMP, only the capital I with dot above and the Kelvin sign are (checked by a
   * test). Two comparisons instead of Character's Unicode tables, inlined with hasLower.
   */
  static boolean lowersToAscii(char c) {
    return c == '\u0130' || c == '\u212a';
  }

  /** Whether the text at offset spells w, its ASCII capitals lowered if {@code lower}. */
  private static boolean same(Tokens t, int offset, char[] w, boolean lower) {
    for (int k = 0; k < w.length; k++) {
      char c = t.charAt(offset + k);
      if (lower && c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != w[k]) {
        return false;
      }
    }
    return true;
  }
}
