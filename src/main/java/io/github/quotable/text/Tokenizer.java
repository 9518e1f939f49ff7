package io.github.quotable.text;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;

/**
 * Splits a text into tokens in one pass over its characters, and marks paragraph breaks. Every
 * character that is not whitespace lands in exactly one token, so offsets always point into
 * the caller's string and nothing is lost. The characters are read from one array copy of the
 * text and classified by {@link CharClass}.
 */
public final class Tokenizer {
  private final Vocabulary vocabulary;

  public Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public Tokens tokenize(String text) {
    char[] chars = text.toCharArray();
    Tokens t = new Tokens(text, chars, Math.max(16, text.length() / 5));
    boolean wrapped = LineWrapping.isHardWrapped(text);
    new Pass(text, chars, t).run(wrapped);
    t.prepareLaterStages();
    return t;
  }

  /** One text being tokenized. */
  private final class Pass {
    private final String text;
    private final char[] s;
    private final int n;
    private final Tokens t;

    Pass(String text, char[] chars, Tokens t) {
      this.text = text;
      this.s = chars;
      this.n = s.length;
      this.t = t;
    }

    void run(boolean wrapped) {
      int para = 0;
      int newlines = 0;
      boolean spaceBefore = true;
      int i = 0;
      while (i < n) {
        char c = s[i];
        if (CharClass.is(c, CharClass.SPACE)) {
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
        i = next(i, shape, para);
      }
    }

    /** Adds the token starting at i; returns the offset after it. */
    private int next(int i, int shape, int para) {
      char c = s[i];
      int cls = CharClass.of(c);
      boolean apostrophe = (cls & CharClass.APOSTROPHE) != 0;
      if (wordChar(i) > 0
          || apostrophe && i + 1 < n && CharClass.is(s[i + 1], CharClass.DIGIT)
              && (i == 0 || !CharClass.is(s[i - 1], CharClass.LETTER_OR_DIGIT))) {
        return word(i, shape, para);
      }
      if (apostrophe && i + 2 <= n && i > 0 && (shape & Shape.GLUED) != 0
          && isPossessive(i)) {
        t.add(i, i + 2, TokenType.POSSESSIVE, shape, vocabulary.lookup(s, i, i + 2), para);
        return i + 2;
      }
      if ((cls & CharClass.QUOTE) != 0) {
        int len = (c == '`' || c == '\'') && i + 1 < n && s[i + 1] == c ? 2 : 1;
        t.add(i, i + len, TokenType.QUOTE, shape, null, para);
        return i + len;
      }
      if ((cls & CharClass.DASH) != 0 || c == '-' && i + 1 < n && s[i + 1] == '-') {
        int j = i + 1;
        while (j < n && (CharClass.is(s[j], CharClass.DASH) || s[j] == '-')) {
          j++;
        }
        t.add(i, j, TokenType.DASH, shape, null, para);
        return j;
      }
      if (c == '-' && (i + 1 == n || CharClass.is(s[i + 1], CharClass.SPACE))
          && (shape & Shape.GLUED) == 0) {
        t.add(i, i + 1, TokenType.DASH, shape, null, para);
        return i + 1;
      }
      if (c == '…' || c == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
        int len = c == '…' ? 1 : 3;
        t.add(i, i + len, TokenType.ELLIPSIS, shape, null, para);
        return i + len;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])) {
        t.add(i, i + 2, TokenType.OTHER, shape, null, para);
        return i + 2;
      }
      boolean punct = (cls & CharClass.PUNCT) != 0;
      t.add(i, i + 1, punct ? TokenType.PUNCT : TokenType.OTHER, shape, null, para);
      return i + 1;
    }

    private int word(int i, int shape, int para) {
      int j = i + Math.max(1, wordChar(i));
      while (j < n) {
        int w = wordChar(j);
        if (w > 0) {
          j += w;
          continue;
        }
        char c = s[j];
        if (j + 1 < n && wordChar(j + 1) > 0) {
          int cls = CharClass.of(c);
          if ((cls & CharClass.APOSTROPHE) != 0 && !isPossessive(j)
              || (cls & CharClass.HYPHEN) != 0
              || (c == '.' || c == ',') && CharClass.is(s[j - 1], CharClass.DIGIT)
                  && CharClass.is(s[j + 1], CharClass.DIGIT)
              || c == '.' && isAbbreviationDot(i, j)
              || c >= '\u00a1' && c <= '\u00bf' && CharClass.is(s[j - 1], CharClass.LETTER)) {
            // a Latin-1 symbol between letters is mis-decoded UTF-8 ("FranÃÂ§ois"): one word
            j++;
            continue;
          }
        }
        break;
      }
      if (j < n && s[j] == '.' && takesPeriod(i, j)) {
        j++;
      }
      t.add(i, j, CharClass.is(s[i], CharClass.DIGIT) ? TokenType.NUMBER : TokenType.WORD,
          shape | shapeOf(i, j), vocabulary.lookup(s, i, j), para);
      return j;
    }

    /** Whether the code point at i starts or continues a word; 0 if not, else its char count. */
    private int wordChar(int i) {
      int cls = CharClass.of(s[i]);
      if ((cls & CharClass.WORD) != 0) {
        return 1;
      }
      return (cls & CharClass.SURROGATE) != 0 ? Chars.wordChar(text, i) : 0;
    }

    /** "'s" or "’s" ending a word: s followed by a non-word character. */
    private boolean isPossessive(int apostrophe) {
      int k = apostrophe + 1;
      return k < n && (s[k] == 's' || s[k] == 'S')
          && (k + 1 == n || wordChar(k + 1) == 0)
          && apostrophe > 0 && wordChar(apostrophe - 1) > 0;
    }

    /** The dots of "U.S", "a.m", "D.C": segments of one or two letters. */
    private boolean isAbbreviationDot(int wordStart, int dot) {
      int segment = dot - lastDotOrStart(wordStart, dot);
      if (segment > 2 || !CharClass.is(s[dot - 1], CharClass.LETTER)) {
        return false;
      }
      int k = dot + 1;
      int letters = 0;
      while (k < n && CharClass.is(s[k], CharClass.LETTER) && letters < 3) {
        k++;
        letters++;
      }
      return letters <= 2 && k < n && s[k] == '.';
    }

    /** Where the segment before a dot starts: after a dot or a hyphen ("R-S.C"). */
    private int lastDotOrStart(int wordStart, int dot) {
      for (int k = dot - 1; k >= wordStart; k--) {
        if (s[k] == '.' || Chars.hyphen(s[k])) {
          return k + 1;
        }
      }
      return wordStart;
    }

    /** Whether the period after a word belongs to it: an abbreviation or an initial. */
    private boolean takesPeriod(int i, int j) {
      if (j - i == 1 && CharClass.is(s[i], CharClass.UPPER)) {
        return true;
      }
      for (int k = i; k < j; k++) {
        if (s[k] == '.') {
          return true;
        }
      }
      Word w = vocabulary.lookup(s, i, j + 1);
      if (w != null && (w.is(WordClass.ABBREV) || w.is(WordClass.TITLE)
          || w.is(WordClass.HONORIFIC))) {
        return !numberSign(i, j) || digitAfter(j + 1); // "No. 5", but "said no."
      }
      int segment = lastDotOrStart(i, j);
      Word tail = segment > i ? vocabulary.lookup(s, segment, j + 1) : null;
      return tail != null && tail.is(WordClass.ABBREV); // "R-Ky.", "D-Calif."
    }

    /** "No" and "Nos": abbreviations only before a number. */
    private boolean numberSign(int i, int j) {
      return (j - i == 2 || j - i == 3 && (s[i + 2] == 's' || s[i + 2] == 'S'))
          && (s[i] == 'n' || s[i] == 'N') && (s[i + 1] == 'o' || s[i + 1] == 'O');
    }

    private boolean digitAfter(int k) {
      while (k < n && s[k] == ' ') {
        k++;
      }
      return k < n && (CharClass.is(s[k], CharClass.DIGIT) || s[k] == '#');
    }

    private int shapeOf(int i, int j) {
      int first = CharClass.of(s[i]);
      int shape = (first & CharClass.UPPER) != 0 ? Shape.CAP
          : (first & CharClass.LOWER) != 0 ? Shape.LOWER : 0;
      int letters = 0;
      boolean allUpper = true;
      for (int k = i; k < j; k++) {
        int cls = CharClass.of(s[k]);
        if ((cls & CharClass.LETTER) != 0) {
          letters++;
          allUpper &= (cls & CharClass.UPPER) != 0;
        } else if ((cls & CharClass.DIGIT) != 0) {
          shape |= Shape.DIGIT;
        } else if ((cls & CharClass.HYPHEN) != 0) {
          shape |= Shape.HYPHEN;
        }
      }
      if (letters >= 2 && allUpper) {
        shape |= Shape.UPPER;
      }
      if (s[j - 1] == '.') {
        shape |= Shape.PERIOD;
        if (j - i == 2 && (first & CharClass.LETTER) != 0) {
          shape |= Shape.INITIAL;
        }
      }
      return shape;
    }
  }
}
