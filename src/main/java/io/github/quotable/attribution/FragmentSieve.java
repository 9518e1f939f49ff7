package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;

/**
 * A quoted fragment no other sieve claimed, after a cue verb of its sentence: "described the
 * plan as a “fantasy”", "likened the rules to “burning the Constitution”". The fragment is
 * spoken by that cue's source, or by the source of the attribution the cue made; after a
 * passive participle ("the bill, known as the “…”") by nobody in view.
 */
final class FragmentSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    for (QuotedSpan q = c.nextFreeQuotation(c.s.first()); q != null;
        q = c.nextFreeQuotation(q.outerEnd())) {
      attribute(c, q);
    }
  }

  private static void attribute(SentenceContext c, QuotedSpan q) {
    Cue cue = cueBefore(c, q.outerFirst());
    if (cue == null) {
      return;
    }
    Attribution made = madeBy(c, cue);
    int vg = c.verbGroupStart(cue);
    boolean passive = made == null && cue.form() == CueForm.PAST && vg > c.s.first()
        && Words.comma(c.t, vg - 1) && cue.end() < c.s.end() && (c.t.is(cue.end(), "as")
        || c.clauses.opensQuote(cue.end())); // "the bill, known as the “…”": nobody in view
    Phrase src = made == null && !passive ? c.np.before(vg, c.s.first()) : null;
    if (made == null && !passive && (src == null || src.kind() == Phrase.Kind.RELATIVE)) {
      return;
    }
    c.accept(q.outerFirst(), q.outerEnd(), made == null ? cue : null, src, made, null, -1, -1,
        Rule.QUOTED_FRAGMENT, Rule.QUOTED_FRAGMENT.confidence());
  }

  /** The nearest cue before token i in the sentence, or null. */
  private static Cue cueBefore(SentenceContext c, int i) {
    Cue best = null;
    for (int k = 0; k < c.cues.size(); k++) {
      Cue cue = c.cues.get(k);
      if (cue.head() < i) {
        best = cue;
      }
    }
    return best;
  }

  private static Attribution madeBy(SentenceContext c, Cue cue) {
    for (int k = 0; k < c.found.size(); k++) {
      Attribution a = c.found.get(k);
      if (a.cue() == cue) {
        return a;
      }
    }
    return null;
  }
}
