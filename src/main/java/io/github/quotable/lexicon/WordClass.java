package io.github.quotable.lexicon;

/** The classes a word can belong to; one word may have several ("that": DET, REL, SUB). */
public enum WordClass {
  DET, QUANT, POSS, SUBJ, OBJ, REL, PREP, CONJ, SUB, AUX, MODAL, NEG, ADV, TIME, COPULA,
  /** An irregular past-tense verb ("left", "took"). */
  PAST,
  /** First word of a title ("Prime" of "Prime Minister", "Sen."). */
  TITLE,
  HONORIFIC,
  /** A role noun, singular ("spokesman"). */
  ROLE,
  /** A role noun, plural ("officials"). */
  ROLE_PLURAL,
  /** Head word of an organisation name. */
  ORG,
  WORK,
  /** A work noun that reads as a medium ("in a statement"). */
  MEDIUM,
  DEMONYM,
  FIRST_NAME,
  PRONOUN,
  ABBREV,
  /** An abbreviation that often ends a sentence ("U.S."). */
  ABBREV_END,
  /** First word of a news agency or medium. */
  AGENCY,
  /** A form of a cue verb. */
  CUE,
  /** A noun that attributes content to its possessor ("claim", "view"). */
  CUE_NOUN,
  /** An adjective that attributes content after a copula ("afraid", "determined"). */
  CUE_ADJECTIVE;

  private final long bit = 1L << ordinal();

  /** The bit of this class in a word's class mask. */
  public long bit() {
    return bit;
  }

  /** The mask of several classes. */
  public static long mask(WordClass... classes) {
    long m = 0;
    for (WordClass c : classes) {
      m |= c.bit;
    }
    return m;
  }
}
