package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;

/** "According to X, …" and "…, according to X." */
final class AccordingToSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    for (int i = c.s.first(); i + 2 < c.s.end(); i++) {
      if (c.t.depth(i) == 0 && c.t.is(i, "according") && c.t.is(i + 1, "to")) {
        attribute(c, i);
      }
    }
  }

  private void attribute(SentenceContext c, int i) {
    Phrase src = c.np.after(i + 2, c.s.end());
    if (src == null) {
      return;
    }
    Cue cue = new Cue(Cue.Type.ACCORDING_TO, i, i, i + 2, null, null);
    int start = i;
    while (start > c.s.first() && (c.t.is(start - 1, WordClass.CONJ)
        || c.t.is(start - 1, WordClass.ADV))) {
      start--;
    }
    int first;
    int end;
    if (start == c.s.first() || Words.comma(c.t, start - 1) && !c.clauses.clauseLike(
        c.s.first(), start - 1)) {
      int k = src.end();
      if (k < c.s.end() && Words.comma(c.t, k)) {
        k++;
      }
      first = k;
      end = c.clauses.contentEnd(first, c.s.end());
    } else {
      first = c.s.first();
      end = c.clauses.trimEnd(first, start);
      Attribution before = c.lastBefore(end);
      if (before != null && before.end() > first) {
        return;
      }
    }
    if (end - first < 2) {
      return;
    }
    c.accept(first, end, cue, src, null, null, -1, -1, Rule.ACCORDING_TO,
        Rule.ACCORDING_TO.confidence());
  }
}
