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
  static final int PADDING = 2;
  private static final long ABBREVIATING =
      WordClass.mask(WordClass.ABBREV, WordClass.TITLE, WordClass.HONORIFIC);

  public Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The tokens of the text, in arrays of their own. */
  public Tokens tokenize(String text) {
    return tokenize(text, new Scratch());
  }

  /**
   * The tokens of the text, in the scratch's arrays if it keeps arrays that long: they are
   * valid until the scratch serves another text.
   */
  public Tokens tokenize(String text, Scratch scratch) {
    // two NULs after the text: the tokenizer may read a char or two past a token without
    // testing for the end of the text (a test the first texts may never fail, and a compiled
    // tokenizer that meets a failing one is compiled again); no NUL is a word char
    char[] chars = scratch.chars(text.length() + PADDING);
    text.getChars(0, text.length(), chars, 0);
    chars[text.length()] = 0;
    chars[text.length() + 1] = 0;
    Tokens t = new Tokens(text, chars, expectedTokens(text.length()), scratch);
    boolean wrapped = LineWrapping.isHardWrapped(text);
    new Pass(text, chars, t).run(wrapped);
    t.lookUpWords(vocabulary);
    t.prepareLaterStages();
    return t;
  }

  /**
   * Room for the tokens of a text of the length: a token per 4.7 chars. News text has 5.3 to
   * the median, under 4.7 in 3% of articles (those grow their arrays once); one per 5 chars
   * made 16% of them grow.
   */
  static int expectedTokens(int length) {
    return (int) Math.max(16, length * 10L / 47);
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
      this.n = text.length();
      this.t = t;
    }

    void run(boolean wrapped) {
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
        boolean paragraphStart = t.size() == 0 || newlines >= 2 || newlines == 1 && !wrapped;
        int shape = (newlines > 0 ? Shape.NEWLINE_BEFORE : 0) | (spaceBefore ? 0 : Shape.GLUED)
            | (paragraphStart ? Shape.PARAGRAPH_START : 0);
        newlines = 0;
        spaceBefore = false;
        t.makeRoom(i); // next adds one token
        if (paragraphStart) {
          t.startParagraph();
        }
        i = next(i, shape);
      }
    }

    /**
     * Adds the token starting at i; returns the offset after it. The chars after the text are
     * NULs, which no test below takes for anything it looks for.
     */
    private int next(int i, int shape) {
      char c = s[i];
      int cls = CharClass.of(c);
      // an apostrophe before a digit, not after a letter or digit, starts a word ("'90s"):
      // told from the tables without branches (at offset 0, the char before is itself)
      int apostropheStart = (cls >>> CharClass.APOSTROPHE_SHIFT)
          & (CharClass.of(s[i + 1]) >>> CharClass.DIGIT_SHIFT)
          & ~(CharClass.of(s[Math.max(0, i - 1)]) >>> CharClass.LETTER_OR_DIGIT_SHIFT) & 1;
      if ((wordChar(i) | apostropheStart) != 0) {
        return word(i, shape);
      }
      // most other tokens are a char of punctuation or a quotation mark alone; the chars that
      // may start a longer token, or a possessive, are told apart in one test without branches
      int longer = cls & (CharClass.APOSTROPHE | CharClass.DASH | CharClass.HYPHEN
          | CharClass.SURROGATE) | same(c, '`') | same(c, '…') | same(c, '.') & same(s[i + 1], '.');
      if (longer == 0) {
        t.add(i, i + 1, (cls & CharClass.QUOTE) != 0 ? TokenType.QUOTE
            : (cls & CharClass.PUNCT) != 0 ? TokenType.PUNCT : TokenType.OTHER, shape);
        return i + 1;
      }
      return symbol(i, c, cls, shape);
    }

    /**
     * Adds the token of punctuation or symbols starting at i, which may be longer than its
     * char; returns the offset after it. Out of {@link #next}: these tokens are rare, and some
     * kinds come only after the tokenizer is compiled, which sends the code compiled for them
     * back to be compiled again; this method is too large for the compiler to inline into next,
     * so next's code stays as it was.
     */
    private int symbol(int i, char c, int cls, int shape) {
      if ((cls & CharClass.APOSTROPHE) != 0 && (shape & Shape.GLUED) != 0 && isPossessive(i)) {
        t.addWithEntry(i, i + 2, TokenType.POSSESSIVE, shape, vocabulary.lookup(s, i, i + 2));
        return i + 2;
      }
      if ((cls & CharClass.QUOTE) != 0) {
        // `` and '' are one quote, counted without a branch: the first texts may have none
        int len = 1 + ((same(c, '`') | same(c, '\'')) & same(s[i + 1], c));
        t.add(i, i + len, TokenType.QUOTE, shape);
        return i + len;
      }
      if ((cls & CharClass.DASH) != 0 || c == '-' && s[i + 1] == '-') {
        int j = i + 1;
        while (CharClass.is(s[j], CharClass.DASH) || s[j] == '-') {
          j++;
        }
        t.add(i, j, TokenType.DASH, shape);
        return j;
      }
      if (c == '-' && (i + 1 == n || CharClass.is(s[i + 1], CharClass.SPACE))
          && (shape & Shape.GLUED) == 0) {
        t.add(i, i + 1, TokenType.DASH, shape);
        return i + 1;
      }
      // "…" or "...": one test of the two, as the first texts may have no "..." (nor "..")
      int dots = same(c, '.') & same(s[i + 1], '.') & same(s[i + 2], '.');
      if ((same(c, '…') | dots) != 0) {
        int len = 1 + 2 * dots;
        t.add(i, i + len, TokenType.ELLIPSIS, shape);
        return i + len;
      }
      if (Character.isHighSurrogate(c) && Character.isLowSurrogate(s[i + 1])) {
        t.add(i, i + 2, TokenType.OTHER, shape);
        return i + 2;
      }
      boolean punct = (cls & CharClass.PUNCT) != 0;
      t.add(i, i + 1, punct ? TokenType.PUNCT : TokenType.OTHER, shape);
      return i + 1;
    }

    /**
     * Adds the word or number starting at i; returns the offset after it. A scan finds where it
     * ends, then one counted loop over its chars gathers its shape and its lexicon hash (the
     * lookup itself waits for {@link Tokens#lookUpWords}).
     */
    private int word(int i, int shape) {
      int j = i;
      // an apostrophe that starts a word ("'90s") is taken as one that joins
      while (true) { // the NUL after the text ends every word
        int cls = CharClass.of(s[j]);
        if ((cls & CharClass.WORD) != 0) {
          j++;
        } else if ((cls & CharClass.SURROGATE) != 0 && Chars.wordChar(text, j) == 2) {
          j += 2; // a letter or digit outside the BMP
        } else if (wordChar(j + 1) > 0 && joins(i, j) != 0) {
          j++;
        } else {
          break;
        }
      }
      // then one counted loop (which the compiler unrolls) gathers the shape and the hash
      int seen = 0; // the classes of its chars, or-ed
      int letters = 0;
      int upperLetters = 0;
      int hash = 0;
      for (int k = i; k < j; k++) {
        char c = s[k];
        int cls = CharClass.of(c);
        seen |= cls;
        // counted without branches, which would mispredict at every capital
        letters += (cls >>> CharClass.LETTER_SHIFT) & 1;
        upperLetters += (cls >>> CharClass.LETTER_SHIFT) & (cls >>> CharClass.UPPER_SHIFT) & 1;
        hash = Vocabulary.hashStep(hash, c);
      }
      if (s[j] == '.' && takesPeriod(i, j, seen, hash)) {
        hash = Vocabulary.hashStep(hash, '.');
        j++;
      }
      int first = CharClass.of(s[i]);
      int wordShape = (first & CharClass.UPPER) != 0 ? Shape.CAP
          : (first & CharClass.LOWER) != 0 ? Shape.LOWER : 0;
      if ((seen & CharClass.DIGIT) != 0) {
        wordShape |= Shape.DIGIT;
      }
      if ((seen & CharClass.HYPHEN) != 0) {
        wordShape |= Shape.HYPHEN;
      }
      if (letters >= 2 && upperLetters == letters) {
        wordShape |= Shape.UPPER;
      }
      if (s[j - 1] == '.') {
        wordShape |= Shape.PERIOD;
        if (j - i == 2 && (first & CharClass.LETTER) != 0) {
          wordShape |= Shape.INITIAL;
        }
      }
      t.addWord(i, j, (first & CharClass.DIGIT) != 0 ? TokenType.NUMBER : TokenType.WORD,
          shape | wordShape, hash);
      return j;
    }

    /**
     * 1 if the char at j, not a word char but between word chars, joins them into one word
     * ("don't", "well-known", "3.5", "U.S"), else 0. The answers come from the char tables and
     * arithmetic where they can: a branch that the first texts never take, taken later, would
     * send the compiled tokenizer back to be compiled again.
     */
    private int joins(int wordStart, int j) {
      int cls = CharClass.of(s[j]);
      if ((cls & (CharClass.HYPHEN | CharClass.APOSTROPHE | CharClass.DOT)) == 0) {
        // "1,000"; and a Latin-1 symbol after a letter is mis-decoded UTF-8 ("FranÃÂ§ois")
        int before = CharClass.of(s[j - 1]);
        int after = CharClass.of(s[j + 1]);
        return (cls >>> CharClass.COMMA_SHIFT) & (before >>> CharClass.DIGIT_SHIFT)
            & (after >>> CharClass.DIGIT_SHIFT) & 1
            | (cls >>> CharClass.LATIN1_SYMBOL_SHIFT) & (before >>> CharClass.LETTER_SHIFT) & 1;
      }
      if ((cls & CharClass.HYPHEN) != 0) {
        return 1;
      }
      if ((cls & CharClass.APOSTROPHE) != 0) {
        return isPossessive(j) ? 0 : 1;
      }
      int digits = (CharClass.of(s[j - 1]) >>> CharClass.DIGIT_SHIFT)
          & (CharClass.of(s[j + 1]) >>> CharClass.DIGIT_SHIFT) & 1; // "3.5"
      return digits | (isAbbreviationDot(wordStart, j) ? 1 : 0);
    }

    /** 1 if a and b are the same char, else 0: a test without a branch. */
    private static int same(char a, char b) {
      return ((a ^ b) - 1) >>> 31;
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
      return (s[k] == 's' || s[k] == 'S') && wordChar(k + 1) == 0
          && apostrophe > 0 && wordChar(apostrophe - 1) > 0;
    }

    /** The dots of "U.S", "a.m", "D.C": segments of one or two letters. */
    private boolean isAbbreviationDot(int wordStart, int dot) {
      // only a segment of two chars or fewer counts, so three chars back are enough to tell:
      // reading back to the word's start made a word of many dots ("U.S.U.S.…", 50,000 chars
      // of them) quadratic
      int segment = dot - lastDotOrStart(Math.max(wordStart, dot - 3), dot);
      if (segment > 2 || !CharClass.is(s[dot - 1], CharClass.LETTER)) {
        return false;
      }
      int k = dot + 1;
      int letters = 0;
      while (CharClass.is(s[k], CharClass.LETTER) && letters < 3) {
        k++;
        letters++;
      }
      return letters <= 2 && s[k] == '.';
    }

    /** Where the segment before a dot starts: after a dot or a hyphen ("R-S.C"). */
    private int lastDotOrStart(int wordStart, int dot) {
      // read forwards, keeping the last: a loop counting down was compiled with a check on its
      // bounds that some word fails, which sent the compiled tokenizer back to be compiled again
      int segment = wordStart;
      for (int k = wordStart; k < dot; k++) {
        if ((CharClass.of(s[k]) & (CharClass.DOT | CharClass.HYPHEN)) != 0) {
          segment = k + 1;
        }
      }
      return segment;
    }

    /**
     * Whether the period after a word belongs to it: an abbreviation or an initial. The word's
     * chars are known by the classes seen in them and their lookup hash.
     */
    private boolean takesPeriod(int i, int j, int seen, int hash) {
      if (j - i == 1 && CharClass.is(s[i], CharClass.UPPER)) {
        return true;
      }
      if ((seen & CharClass.DOT) != 0) {
        return true;
      }
      Word w = vocabulary.lookup(s, i, j + 1, Vocabulary.hashStep(hash, '.'));
      long classes = w == null ? 0 : w.classes();
      if ((classes & ABBREVIATING) != 0) {
        return !numberSign(i, j) || digitAfter(j + 1); // "No. 5", but "said no."
      }
      if ((seen & CharClass.HYPHEN) == 0) {
        return false;
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
      while (s[k] == ' ') {
        k++;
      }
      return CharClass.is(s[k], CharClass.DIGIT) || s[k] == '#';
    }
  }
}
