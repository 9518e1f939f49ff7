package io.github.quotable.lexicon;

import io.github.quotable.QuoteKind;

/** A verb that attributes content, with what kind of attribution it makes and what it takes. */
public final class CueVerb {
  private final String lemma;
  private final QuoteKind kind;
  private final int frames;

  CueVerb(String lemma, QuoteKind kind, int frames) {
    this.lemma = lemma;
    this.kind = kind;
    this.frames = frames;
  }

  public String lemma() {
    return lemma;
  }

  public QuoteKind kind() {
    return kind;
  }

  public boolean takes(Frame frame) {
    return (frames & frame.bit) != 0;
  }

  /** Whether the verb introduces a clause without "that" ("said he would"). */
  public boolean takesBareClause() {
    return takes(Frame.CLAUSE);
  }

  /** Whether the verb introduces a clause at all ("said that", "added that"). */
  public boolean takesClause() {
    return takes(Frame.CLAUSE) || takes(Frame.THAT);
  }

  @Override
  public String toString() {
    return lemma;
  }
}
