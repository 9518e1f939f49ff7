package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;

/**
 * A participle clause of saying that opens the sentence, whose speaker is the subject of the
 * main clause after it: "Noting that the plant had closed, Hale urged …", "After arguing that
 * the vote was rigged, his team …". Runs before the tag sieves, which would otherwise read the
 * participle clause as the main verb's content ("…, Hale urged").
 */
final class FrontedParticipleSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    for (int k = 0; k < c.cues.size(); k++) {
      Cue cue = c.cues.get(k);
      if (cue.form() == CueForm.GERUND && cue.verb() != null && cue.verb().takesClause()
          && !c.isUsed(cue) && cue.first() == clauseOpening(c)
          && !CONDITIONS.hasLower(c.t, cue.first())) {
        int that = thatAfter(c, cue.end());
        if (that >= 0) {
          attribute(c, cue, that + 1);
        }
        return; // only the sentence's first words can open it
      }
    }
  }

  /** The token after an opening conjunction and subordinator: "But after noting" → "noting". */
  private static int clauseOpening(SentenceContext c) {
    int i = c.s.first();
    int end = c.s.end();
    if (i < end && (c.t.is(i, "but") || c.t.is(i, "and") || c.t.is(i, "yet"))) {
      i++;
    }
    if (i < end && SUBORDINATORS.hasLower(c.t, i)) {
      i++;
    } else if (i + 2 < end && c.t.is(i, "in") && c.t.is(i + 1, "addition")
        && c.t.is(i + 2, "to")) {
      i += 3; // "In addition to stating that …"
    }
    return i;
  }

  /** "Assuming that the vote holds, …": a condition the writer sets, nobody's thought. */
  private static final WordSet CONDITIONS = WordSet.of("assuming", "supposing", "presuming");

  private static final WordSet SUBORDINATORS = WordSet.of("after", "while", "before", "since",
      "besides", "when", "by");

  /**
   * The "that" opening the reported clause at i or after a few words of adjunct ("suggesting
   * on Wednesday that"), or -1.
   */
  private static int thatAfter(SentenceContext c, int i) {
    for (int j = i; j + 1 < c.s.end() && j - i < MAX_ADJUNCT_WORDS; j++) {
      if (c.t.is(j, "that")) {
        return j;
      }
      if (c.t.depth(j) != 0 || Words.comma(c.t, j) || Words.terminal(c.t, j)
          || c.t.is(j, WordClass.SUBJ) || c.t.is(j, WordClass.CUE)
          || c.t.isAny(j, Words.AUXILIARIES)) {
        return -1;
      }
    }
    return -1;
  }

  private static final int MAX_ADJUNCT_WORDS = 6;

  private static void attribute(SentenceContext c, Cue cue, int from) {
    int end = c.s.end();
    for (int k = from + 1; k + 1 < end; k++) {
      if (Words.terminal(c.t, k) || c.t.isChar(k, ';') || c.t.isChar(k, ':')) {
        return;
      }
      if (c.t.depth(k) != 0 || !Words.comma(c.t, k)) {
        continue;
      }
      Phrase subject = c.np.after(k + 1, end);
      if (subject != null && subject.first() == k + 1 && subject.kind() != Phrase.Kind.RELATIVE
          && !c.t.is(k + 1, WordClass.OBJ) && CueBeforeSieve.finiteVerbAt(c.t, subject.end(), end)
          && c.clauses.hasFiniteVerb(from, k)) {
        // the comma before the main clause: its subject with a finite verb ("…, Hale urged")
        c.accept(from, c.clauses.trimEnd(from, k), cue, subject, null, null, -1, -1,
            Rule.PARTICIPLE, Rule.PARTICIPLE.confidence());
        return;
      }
    }
  }
}
