package io.github.quotable.lexicon;

/** Grammatical gender of a name, title, role noun or pronoun, when the word marks one. */
public enum Gender {
  MALE, FEMALE, NEUTER, UNKNOWN;

  /** Whether a referent of this gender can be called by a word of the other. */
  public boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
