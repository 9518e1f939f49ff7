package io.github.quotable.text;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;

/**
 * Splits a text into tokens in one pass over its characters, and marks paragraph breaks. Every
 * character that is not whitespace lands in exactly one token, so offsets always point into
 * the caller's string and nothing is lost.
 */
public final class Tokenizer {
  private final Vocabulary vocabulary;

  public Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public Tokens tokenize(String text) {
    Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
    boolean wrapped = LineWrapping.isHardWrapped(text);
    int n = text.length();
    int para = 0;
    int newlines = 0;
    boolean spaceBefore = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.space(c)) {
        if (c == '\n') {
          newlines++;
        }
        spaceBefore = true;
        i++;
        continue;
      }
      if (t.size() > 0 && (newlines >= 2 || newlines == 1 && !wrapped)) {
        para++;
      }
      int shape = (newlines > 0 ? Shape.NEWLINE_BEFORE : 0) | (spaceBefore ? 0 : Shape.GLUED);
      newlines = 0;
      spaceBefore = false;
      i = next(t, text, i, shape, para);
    }
    t.prepareLaterStages();
    return t;
  }

  /** Adds the token starting at i; returns the offset after it. */
  private int next(Tokens t, String s, int i, int shape, int para) {
    int n = s.length();
    char c = s.charAt(i);
    if (Chars.wordChar(s, i) > 0
        || Chars.apostrophe(c) && i + 1 < n && Character.isDigit(s.charAt(i + 1))
            && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
      return word(t, s, i, shape, para);
    }
    if (Chars.apostrophe(c) && i + 2 <= n && i > 0 && (shape & Shape.GLUED) != 0
        && isPossessive(s, i)) {
      t.add(i, i + 2, TokenType.POSSESSIVE, shape, vocabulary.lookup(s, i, i + 2), para);
      return i + 2;
    }
    if (Chars.quote(c)) {
      int len = (c == '`' || c == '\'') && i + 1 < n && s.charAt(i + 1) == c ? 2 : 1;
      t.add(i, i + len, TokenType.QUOTE, shape, null, para);
      return i + len;
    }
    if (Chars.dash(c) || c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
      int j = i + 1;
      while (j < n && (Chars.dash(s.charAt(j)) || s.charAt(j) == '-')) {
        j++;
      }
      t.add(i, j, TokenType.DASH, shape, null, para);
      return j;
    }
    if (c == '-' && (i + 1 == n || Chars.space(s.charAt(i + 1))) && (shape & Shape.GLUED) == 0) {
      t.add(i, i + 1, TokenType.DASH, shape, null, para);
      return i + 1;
    }
    if (c == '…' || c == '.' && s.startsWith("...", i)) {
      int len = c == '…' ? 1 : 3;
      t.add(i, i + len, TokenType.ELLIPSIS, shape, null, para);
      return i + len;
    }
    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
      t.add(i, i + 2, TokenType.OTHER, shape, null, para);
      return i + 2;
    }
    int type = Character.getType(c);
    boolean punct = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    t.add(i, i + 1, punct ? TokenType.PUNCT : TokenType.OTHER, shape, null, para);
    return i + 1;
  }

  private int word(Tokens t, String s, int i, int shape, int para) {
    int n = s.length();
    int j = i + Math.max(1, Chars.wordChar(s, i));
    while (j < n) {
      int w = Chars.wordChar(s, j);
      if (w > 0) {
        j += w;
        continue;
      }
      char c = s.charAt(j);
      if (j + 1 < n && Chars.wordChar(s, j + 1) > 0) {
        if (Chars.apostrophe(c) && !isPossessive(s, j)
            || Chars.hyphen(c)
            || (c == '.' || c == ',') && Character.isDigit(s.charAt(j - 1))
                && Character.isDigit(s.charAt(j + 1))
            || c == '.' && isAbbreviationDot(s, i, j)) {
          j++;
          continue;
        }
      }
      break;
    }
    if (j < n && s.charAt(j) == '.' && takesPeriod(s, i, j)) {
      j++;
    }
    t.add(i, j, Character.isDigit(s.charAt(i)) ? TokenType.NUMBER : TokenType.WORD,
        shape | shapeOf(s, i, j), vocabulary.lookup(s, i, j), para);
    return j;
  }

  /** "'s" or "’s" ending a word: s followed by a non-word character. */
  private static boolean isPossessive(String s, int apostrophe) {
    int k = apostrophe + 1;
    return k < s.length() && (s.charAt(k) == 's' || s.charAt(k) == 'S')
        && (k + 1 == s.length() || Chars.wordChar(s, k + 1) == 0)
        && apostrophe > 0 && Chars.wordChar(s, apostrophe - 1) > 0;
  }

  /** The dots of "U.S", "a.m", "D.C": segments of one or two letters. */
  private static boolean isAbbreviationDot(String s, int wordStart, int dot) {
    int segment = dot - lastDotOrStart(s, wordStart, dot);
    if (segment > 2 || !Character.isLetter(s.charAt(dot - 1))) {
      return false;
    }
    int k = dot + 1;
    int letters = 0;
    while (k < s.length() && Character.isLetter(s.charAt(k)) && letters < 3) {
      k++;
      letters++;
    }
    return letters <= 2 && k < s.length() && s.charAt(k) == '.';
  }

  private static int lastDotOrStart(String s, int wordStart, int dot) {
    for (int k = dot - 1; k >= wordStart; k--) {
      if (s.charAt(k) == '.') {
        return k + 1;
      }
    }
    return wordStart;
  }

  /** Whether the period after a word belongs to it: an abbreviation or an initial. */
  private boolean takesPeriod(String s, int i, int j) {
    if (j - i == 1 && Character.isUpperCase(s.charAt(i))) {
      return true;
    }
    for (int k = i; k < j; k++) {
      if (s.charAt(k) == '.') {
        return true;
      }
    }
    Word w = vocabulary.lookup(s, i, j + 1);
    return w != null && (w.is(WordClass.ABBREV) || w.is(WordClass.TITLE)
        || w.is(WordClass.HONORIFIC));
  }

  private static int shapeOf(String s, int i, int j) {
    char first = s.charAt(i);
    int shape = Character.isUpperCase(first) ? Shape.CAP
        : Character.isLowerCase(first) ? Shape.LOWER : 0;
    int letters = 0;
    boolean allUpper = true;
    for (int k = i; k < j; k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        // ASCII, as Character would answer: letters, digits and the hyphen
        if (c >= 'a' && c <= 'z') {
          letters++;
          allUpper = false;
        } else if (c >= 'A' && c <= 'Z') {
          letters++;
        } else if (c >= '0' && c <= '9') {
          shape |= Shape.DIGIT;
        } else if (c == '-') {
          shape |= Shape.HYPHEN;
        }
      } else if (Character.isLetter(c)) {
        letters++;
        allUpper &= Character.isUpperCase(c);
      } else if (Character.isDigit(c)) {
        shape |= Shape.DIGIT;
      } else if (Chars.hyphen(c)) {
        shape |= Shape.HYPHEN;
      }
    }
    if (letters >= 2 && allUpper) {
      shape |= Shape.UPPER;
    }
    if (s.charAt(j - 1) == '.') {
      shape |= Shape.PERIOD;
      if (j - i == 2 && Character.isLetter(first)) {
        shape |= Shape.INITIAL;
      }
    }
    return shape;
  }
}
