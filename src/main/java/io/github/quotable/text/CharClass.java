package io.github.quotable.text;

/**
 * What the tokenizer asks of a character, answered by one table lookup: each bit is the answer
 * of {@link Chars} or {@link Character} for that character, computed the first time a
 * character of its block of 256 is seen. The tokenizer's loops stay small (no inlined Unicode
 * tables), which keeps them cheap to run and to compile.
 */
final class CharClass {
  static final int SPACE = 1;
  /** A letter, digit or combining mark: {@link Chars#wordChar} of a non-surrogate. */
  static final int WORD = 1 << 1;
  static final int LETTER_OR_DIGIT = 1 << 2;
  static final int LETTER = 1 << 3;
  static final int DIGIT = 1 << 4;
  static final int UPPER = 1 << 5;
  static final int LOWER = 1 << 6;
  static final int QUOTE = 1 << 7;
  static final int DASH = 1 << 8;
  static final int APOSTROPHE = 1 << 9;
  static final int HYPHEN = 1 << 10;
  /** Dash, open, close, connector or other punctuation, or an initial or final quote. */
  static final int PUNCT = 1 << 11;
  static final int SURROGATE = 1 << 12;

  /** Latin-1, nearly all of the characters of English news, computed at once. */
  private static final short[] LATIN1 = new Block(0).bits;
  private static final Block[] BLOCKS = new Block[256];

  private CharClass() {}

  /** The bits of character c. */
  static int of(char c) {
    return c < 0x100 ? LATIN1[c] : other(c);
  }

  private static int other(char c) {
    Block b = BLOCKS[c >>> 8];
    if (b == null) {
      b = load(c >>> 8);
    }
    return b.bits[c & 0xFF];
  }

  /**
   * The block of 256 characters from {@code high << 8}. Racing threads may each compute it,
   * always to the same values; the final field publishes the table whole.
   */
  private static Block load(int high) {
    Block b = new Block(high);
    BLOCKS[high] = b;
    return b;
  }

  static boolean is(char c, int bits) {
    return (of(c) & bits) != 0;
  }

  private static final class Block {
    final short[] bits = new short[256];

    Block(int high) {
      for (int low = 0; low < 256; low++) {
        bits[low] = (short) compute((char) (high << 8 | low));
      }
    }
  }

  private static int compute(char c) {
    int type = Character.getType(c);
    boolean punct = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    return (Chars.space(c) ? SPACE : 0)
        | (!Character.isSurrogate(c) && Chars.wordChar(String.valueOf(c), 0) > 0 ? WORD : 0)
        | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (Character.isLetter(c) ? LETTER : 0)
        | (Character.isDigit(c) ? DIGIT : 0)
        | (Character.isUpperCase(c) ? UPPER : 0)
        | (Character.isLowerCase(c) ? LOWER : 0)
        | (Chars.quote(c) ? QUOTE : 0)
        | (Chars.dash(c) ? DASH : 0)
        | (Chars.apostrophe(c) ? APOSTROPHE : 0)
        | (Chars.hyphen(c) ? HYPHEN : 0)
        | (punct ? PUNCT : 0)
        | (Character.isSurrogate(c) ? SURROGATE : 0);
  }
}
