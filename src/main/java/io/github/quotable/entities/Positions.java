package io.github.quotable.entities;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;

/**
 * How prominent a mention is by where it stands in its sentence, read from the words around it:
 * the subject of a sentence ("Hale also attacked Lind") outweighs an object, and both
 * outweigh a name after a preposition ("served under Ruiz") or one used as a modifier ("the
 * Lind campaign"). A pronoun later prefers the prominent referent, as readers do.
 */
final class Positions {
  /** The source of an attribution: the entity the article just let speak. */
  static final double SOURCE = 1.0;
  /** The subject of a main clause. */
  static final double SUBJECT = 0.9;
  /** The subject of a clause inside another ("said that X", "because X"). */
  static final double EMBEDDED = 0.7;
  /** An object or anything else. */
  static final double OBJECT = 0.55;
  /** The owner in "X's policies". */
  static final double POSSESSOR = 0.45;
  /** After a preposition: "under President Ruiz", "a vote for Lind". */
  static final double OBLIQUE = 0.4;
  /** A name modifying a noun: "Lind campaign", "Hale supporters". */
  static final double MODIFIER = 0.3;
  /** A photographer's credit line: "Neilson Barnard via Getty Images.", "Ann Lee/Reuters." */
  static final double CREDIT = 0.05;

  private final Tokens t;

  Positions(Tokens t) {
    this.t = t;
  }

  /** The weight of a mention spanning tokens [first, end) (titles included). */
  double weight(int first, int end) {
    if (end < t.size() && t.type(end) == TokenType.POSSESSIVE) {
      return POSSESSOR;
    }
    if (end < t.size() && t.lower(end) && t.sentence(end) == t.sentence(first)
        && (t.is(end, WordClass.ROLE) || t.is(end, WordClass.ROLE_PLURAL)
            || t.is(end, WordClass.WORK) || t.is(end, WordClass.ORG))) {
      return MODIFIER;
    }
    int prev = first - 1;
    if (prev < 0 || t.sentence(prev) != t.sentence(first)) {
      return end < t.size() && (t.is(end, "via") || t.isChar(end, '/'))
          && t.sentence(end) == t.sentence(first) ? CREDIT : SUBJECT;
    }
    if (t.type(prev) == TokenType.QUOTE || t.type(prev) == TokenType.DASH || t.isChar(prev, '(')
        || t.isChar(prev, ':') || t.isChar(prev, ';')) {
      return SUBJECT;
    }
    if (t.is(prev, WordClass.PREP)) {
      return OBLIQUE;
    }
    if (t.is(prev, WordClass.DET) && !t.is(prev, "that")) {
      return MODIFIER;
    }
    if (Words.comma(t, prev)) {
      return introduced(prev) ? SUBJECT : OBJECT;
    }
    if ((t.is(prev, "and") || t.is(prev, "but")) && prev - 1 >= 0 && Words.comma(t, prev - 1)) {
      return SUBJECT;
    }
    if (t.is(prev, WordClass.SUB) || t.is(prev, WordClass.REL)) {
      return EMBEDDED;
    }
    if (t.is(prev, WordClass.CUE) && prev - 1 >= 0 && (Words.comma(t, prev - 1)
        || t.type(prev - 1) == TokenType.QUOTE)) {
      // "“…,” said Gov. Terry Branstad": the subject after an inverted cue
      return SUBJECT;
    }
    return OBJECT;
  }

  /** Whether the comma at {@code comma} closes an opening adverbial: "On Monday, X said". */
  private boolean introduced(int comma) {
    int k = comma - 1;
    if (k < 0) {
      return false;
    }
    int first = k;
    while (first - 1 >= 0 && t.sentence(first - 1) == t.sentence(comma)) {
      first--;
    }
    if (first > k) {
      return false;
    }
    return t.is(first, WordClass.PREP) || t.is(first, WordClass.SUB) || t.is(first, WordClass.ADV)
        || t.is(first, WordClass.TIME) || t.type(first) == TokenType.NUMBER
        || endsWith(first, "ing") || endsWith(first, "ly")
        || endsWith(first, "ed") && t.lower(first) || t.is(first, WordClass.CONJ);
  }

  /** Whether the token ends with the suffix, read in the text (no string made of the token). */
  private boolean endsWith(int token, String suffix) {
    int from = t.end(token) - suffix.length();
    return from >= t.start(token) && t.text().startsWith(suffix, from);
  }
}
