package io.github.quotable.text;

/** What a token is, decided from its characters alone. */
public enum TokenType {
  /** Letters (and digits, hyphens, inner apostrophes, abbreviation periods). */
  WORD,
  /** Starts with a digit ("2018", "3.5", "50km"). */
  NUMBER,
  /** One punctuation character: , . ; : ! ? ( ) [ ] and the like. */
  PUNCT,
  /** A quotation mark or an apostrophe that may be one; the pairing decides. */
  QUOTE,
  /** The possessive "'s" / "’s". */
  POSSESSIVE,
  /** A dash standing between words: — – ― "--" or a spaced hyphen. */
  DASH,
  /** "…" or "...". */
  ELLIPSIS,
  /** Anything else: symbols, emoji, control characters, lone surrogates. */
  OTHER
}
