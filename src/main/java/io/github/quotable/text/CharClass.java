package io.github.quotable.text;

import io.github.quotable.lexicon.Blocks;
import java.util.Arrays;

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
  static final int LETTER_OR_DIGIT_SHIFT = 2;
  static final int LETTER_OR_DIGIT = 1 << LETTER_OR_DIGIT_SHIFT;
  static final int LETTER_SHIFT = 3;
  static final int LETTER = 1 << LETTER_SHIFT;
  static final int DIGIT_SHIFT = 4;
  static final int DIGIT = 1 << DIGIT_SHIFT;
  static final int UPPER_SHIFT = 5;
  static final int UPPER = 1 << UPPER_SHIFT;
  static final int LOWER = 1 << 6;
  static final int QUOTE = 1 << 7;
  static final int DASH = 1 << 8;
  static final int APOSTROPHE_SHIFT = 9;
  static final int APOSTROPHE = 1 << APOSTROPHE_SHIFT;
  static final int HYPHEN = 1 << 10;
  /** Dash, open, close, connector or other punctuation, or an initial or final quote. */
  static final int PUNCT = 1 << 11;
  static final int SURROGATE = 1 << 12;
  /** The full stop. */
  static final int DOT = 1 << 13;
  /**
   * A Latin-1 symbol (U+00A1 to U+00BF): between letters, a piece of mis-decoded UTF-8
   * ("FranÃÂ§ois").
   */
  static final int LATIN1_SYMBOL_SHIFT = 14;
  static final int LATIN1_SYMBOL = 1 << LATIN1_SYMBOL_SHIFT;
  static final int COMMA_SHIFT = 15;
  static final int COMMA = 1 << COMMA_SHIFT;

  /** Latin-1, nearly all of the characters of English news, computed at once. */
  private static final char[] LATIN1 = new Block(0).bits;
  private static final Block[] BLOCKS = new Block[256];

  static {
    BLOCKS[0x20] = new Block(0x20); // general punctuation: curly quotes, dashes
  }

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
   * The block of 256 characters from {@code high << 8}. The first call (for a block other than
   * Latin-1 and general punctuation, which are computed at once) also computes the blocks that
   * news text outside Latin-1 mostly comes from ({@link Blocks#COMMON}), so that
   * a block met for the first time is rare once the tokenizer is compiled: the compiled code
   * takes the path here as never taken, and goes back to be compiled again when it is. Racing
   * threads may each compute a block, always to the same values; the final field publishes the
   * table whole.
   */
  private static Block load(int high) {
    if (!commonLoaded) {
      commonLoaded = true;
      for (int common : Blocks.COMMON) {
        if (BLOCKS[common] == null) {
          BLOCKS[common] = new Block(common);
        }
      }
    }
    Block b = BLOCKS[high];
    if (b == null) {
      b = new Block(high);
      BLOCKS[high] = b;
    }
    return b;
  }

  private static boolean commonLoaded;

  static boolean is(char c, int bits) {
    return (of(c) & bits) != 0;
  }

  private static final class Block {
    final char[] bits = new char[256]; // 16 bits, unsigned

    Block(int high) {
      if (Blocks.isSurrogates(high)) {
        Arrays.fill(bits, (char) compute((char) (high << 8))); // all alike
        return;
      }
      for (int low = 0; low < 256; low++) {
        bits[low] = (char) compute((char) (high << 8 | low));
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
        | (Character.isSurrogate(c) ? SURROGATE : 0)
        | (c == '.' ? DOT : 0)
        | (c >= '\u00a1' && c <= '\u00bf' ? LATIN1_SYMBOL : 0)
        | (c == ',' ? COMMA : 0);
  }
}
