package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Words;

/** "It is widely believed that …": an attribution with no source. */
final class PassiveSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    for (int i = c.s.first(); i + 3 < c.s.end(); i++) {
      if (c.t.depth(i) > 0 || !c.t.is(i, "it") || !c.t.is(i + 1, WordClass.COPULA)) {
        continue;
      }
      int k = i + 2;
      while (k < c.s.end() && (Words.verbGroup(c.t, k) || c.t.is(k, WordClass.COPULA))) {
        k++;
      }
      Word w = k < c.s.end() ? c.t.word(k) : null;
      if (w == null || !w.is(WordClass.CUE) || !w.isForm(CueForm.PAST) || k + 1 >= c.s.end()
          || !c.t.is(k + 1, "that")) {
        continue;
      }
      Cue cue = new Cue(Cue.Type.VERB, k, i + 1, k + 1, w.verb(), CueForm.PAST);
      int end = c.clauses.contentEnd(k + 2, c.s.end());
      c.accept(k + 2, end, cue, null, null, null, -1, -1, Rule.PASSIVE,
          Rule.PASSIVE.confidence());
    }
  }
}
