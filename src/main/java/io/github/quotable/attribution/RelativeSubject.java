package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * The subject of a cue that a relative clause without commas modifies: "Residents who were
 * evacuated from the valley said …", "Officials whose laws were struck down say …". The noun
 * phrase right before the cue ("the valley") belongs to the relative clause; the speaker is the
 * noun that "who" or "whose" follows.
 */
final class RelativeSubject {
  /** How far back from the cue a relative word is sought. */
  private static final int MAX_CLAUSE = 14;

  private RelativeSubject() {}

  /**
   * The antecedent of the relative clause that ends just before the finite cue's verb group
   * at vg, where {@code near} is the phrase before it, maybe with an adverb of time between
   * ("who were at work that night said"), or null; null if there is none.
   */
  static Phrase of(SentenceContext c, Cue cue, int vg, Phrase near) {
    int to = near == null ? vg : near.first();
    if (near != null && near.end() > vg || to - 1 <= c.s.first() || !finite(cue)
        || !c.t.lower(cue.head()) // "the director of the Anderson Forecast": a name
        || c.t.is(vg - 1, "and") || c.t.is(vg - 1, "or") || c.t.is(vg - 1, "but")
        || c.t.is(vg - 1, "to")) {
      return null; // "an aide who drafted the plan and defended it": the clause's own verbs
    }
    int rel = Words.relativeWordBefore(c.t, to - 1, c.s.first(), MAX_CLAUSE - (vg - to));
    return rel < 0 ? null : antecedent(c, rel, to); // a comma: the appositive's case
  }

  /** A finite form: "said", "say", "says", not "saying". */
  private static boolean finite(Cue cue) {
    return cue.form() == CueForm.PAST || cue.form() == CueForm.THIRD
        || cue.form() == CueForm.BASE;
  }

  private static Phrase antecedent(SentenceContext c, int rel, int to) {
    Phrase a = c.np.before(rel, c.s.first());
    if (a == null || a.end() != rel || a.kind() != Phrase.Kind.NOMINAL
        && a.kind() != Phrase.Kind.NAME) {
      return null;
    }
    // the relative clause has a verb of its own ("who were evacuated"), and the antecedent
    // opens its clause: no verb before it ("He met voters who …" has its own subject)
    if (!c.clauses.hasFiniteVerb(c.t.is(rel, "whose") ? rel + 2 : rel + 1, to)) {
      return null;
    }
    if (a.first() - 2 > c.s.first() && c.t.is(a.first() - 1, WordClass.PREP)) {
      // "Critics of the plan who …": the noun the phrase with the antecedent modifies
      Phrase head = c.np.before(a.first() - 1, c.s.first());
      if (head == null || head.end() != a.first() - 1 || head.kind() != Phrase.Kind.NOMINAL
          && head.kind() != Phrase.Kind.NAME) {
        return null;
      }
      a = new Phrase(head.first(), a.end(), head.headFirst(), head.headEnd(), head.kind(),
          head.apposFirst(), head.apposEnd());
    }
    int from = a.first();
    while (from > c.s.first() && !Words.comma(c.t, from - 1)) {
      from--;
    }
    return c.clauses.hasFiniteVerb(from, a.first()) ? null : a;
  }
}
