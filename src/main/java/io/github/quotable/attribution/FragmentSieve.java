package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;

/**
 * A quoted fragment no other sieve claimed, after a cue verb of its sentence: "described the
 * plan as a “fantasy”", "likened the rules to “burning the Constitution”". The fragment is
 * spoken by that cue's source, or by the source of the attribution the cue made.
 */
final class FragmentSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    for (int i = c.s.first(); i < c.s.end(); i++) {
      QuotedSpan q = c.doc.topSpanAt(i);
      if (q == null || q.outerFirst() != i) {
        continue;
      }
      i = q.outerEnd() - 1;
      if (q.tokens() == 0 || !c.free(q.outerFirst(), q.outerEnd())) {
        continue;
      }
      Cue cue = cueBefore(c, q.outerFirst());
      if (cue == null) {
        continue;
      }
      Attribution made = madeBy(c, cue);
      Phrase src = made == null ? c.np.before(c.verbGroupStart(cue), c.s.first()) : null;
      if (made == null && (src == null || src.kind() == Phrase.Kind.RELATIVE)) {
        continue;
      }
      c.accept(q.outerFirst(), q.outerEnd(), made == null ? cue : null, src, made, null, -1, -1,
          Rule.QUOTED_FRAGMENT, Rule.QUOTED_FRAGMENT.confidence());
    }
  }

  /** The nearest speech cue before token i in the sentence, or null. */
  private static Cue cueBefore(SentenceContext c, int i) {
    Cue best = null;
    for (Cue cue : c.cues) {
      if (cue.head() < i && cue.kind() == io.github.quotable.QuoteKind.SPEECH) {
        best = cue;
      }
    }
    return best;
  }

  private static Attribution madeBy(SentenceContext c, Cue cue) {
    for (Attribution a : c.found) {
      if (a.cue() == cue) {
        return a;
      }
    }
    return null;
  }
}
