package io.github.quotable.lexicon;

/** Blocks of 256 chars, named by their high byte. */
public final class Blocks {
  private Blocks() {}

  /**
   * The blocks beyond Latin-1 that English news text mostly takes its chars from: Latin
   * Extended, IPA and spacing modifiers, combining marks and Greek, Cyrillic, general
   * punctuation, letterlike symbols and arrows, mathematical operators, shapes, symbols and
   * dingbats, CJK punctuation, the surrogates of emoji and other astral chars, and the
   * presentation and fullwidth forms (the byte order mark). Tables by block compute these
   * together, the first time they need any block beyond Latin-1.
   */
  public static final int[] COMMON = {
    0x01, 0x02, 0x03, 0x04, 0x20, 0x21, 0x22, 0x25, 0x26, 0x27, 0x30,
    0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFE, 0xFF
  };

  /** Whether the block holds only surrogates, which all have the same properties. */
  public static boolean isSurrogates(int high) {
    return high >= 0xD8 && high <= 0xDF;
  }
}
