package io.github.quotable.lexicon;

/** The inflection of a cue verb a word is. */
public enum CueForm {
  /** "say", "tell". */
  BASE,
  /** "says", "tells". */
  THIRD,
  /** "said", "told" (past tense or participle). */
  PAST,
  /** "saying", "telling". */
  GERUND;

  final int bit = 1 << ordinal();
}
