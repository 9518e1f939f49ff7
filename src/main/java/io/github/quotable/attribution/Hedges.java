package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.TokenType;

/**
 * Lowers the confidence of a report its sentence does not assert: a cue verb under a modal ("he
 * would say", "she will announce", "voters may believe") or in a question ("Do you support
 * …?"). Such speech is hypothetical or still to come; annotators disagree on whether it is a
 * report, so it is kept and marked less likely. The factors are the precision of such
 * quotations relative to all (PolNeAR training split, by the project's scorer): 0.57 under a
 * modal, 0.48 in a question. A negated report ("did not say that …") keeps its confidence: it
 * is still a statement about what was said, and annotators mark it as often as any.
 */
final class Hedges {
  static final double MODAL = 0.57;
  static final double QUESTION = 0.48;

  private Hedges() {}

  /** The confidence of an attribution by the cue in the context's sentence. */
  static double confidence(SentenceContext c, Cue cue, double confidence) {
    if (cue == null || cue.type() != Cue.Type.VERB) {
      return confidence;
    }
    double f = 1;
    for (int k = c.verbGroupStart(cue); k < cue.first(); k++) {
      if (c.t.is(k, WordClass.MODAL)) {
        f = MODAL;
        break;
      }
    }
    return question(c, cue) ? confidence * f * QUESTION : confidence * f;
  }

  /** Whether the sentence ends, after the cue and outside quotation marks, with "?". */
  private static boolean question(SentenceContext c, Cue cue) {
    int k = c.s.end() - 1;
    while (k > cue.end() && c.t.type(k) == TokenType.QUOTE) {
      k--;
    }
    return k >= cue.end() && c.t.depth(k) == 0 && c.t.isChar(k, '?');
  }
}
