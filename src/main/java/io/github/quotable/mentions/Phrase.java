package io.github.quotable.mentions;

/**
 * A noun phrase found as a source or addressee: tokens [first, end), its head [headFirst,
 * headEnd) (the name, pronoun or noun group the phrase is about) and, if it has one, an
 * appositive [apposFirst, apposEnd) ("Lina Haddad, deputy director at the Rights Watchdog,").
 */
public record Phrase(int first, int end, int headFirst, int headEnd, Kind kind, int apposFirst,
    int apposEnd) {

  /** What the head of a phrase is. */
  public enum Kind {
    /** A proper name, possibly with titles: "Iranian Defence Minister Reza Karimi". */
    NAME,
    /** A personal pronoun: "he", "they". */
    PRONOUN,
    /** A common noun phrase: "the statement", "an Iraqi military spokesman", "critics". */
    NOMINAL,
    /** A relative pronoun standing for a phrase before it: "who". */
    RELATIVE
  }

  static Phrase of(int first, int end, int headFirst, int headEnd, Kind kind) {
    return new Phrase(first, end, headFirst, headEnd, kind, -1, -1);
  }

  Phrase withAppositive(int from, int to, int newFirst, int newEnd) {
    return new Phrase(newFirst, newEnd, headFirst, headEnd, kind, from, to);
  }

  /** The phrase up to the comma before its appositive ("police" of "police, the company …"). */
  public Phrase withoutAppositive() {
    return hasAppositive() ? new Phrase(first, apposFirst - 1, headFirst, headEnd, kind, -1, -1)
        : this;
  }

  public boolean hasAppositive() {
    return apposFirst >= 0;
  }

  public int size() {
    return end - first;
  }
}
