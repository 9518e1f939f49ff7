package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Words;

/**
 * Attributions with no source: "It is widely believed that …", "is criticized as “…”", and
 * what someone was asked:
 * "Asked about his taxes, the senator …", "When asked why, she …".
 */
final class PassiveSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    if (c.mentions(Keyword.IT)) {
      itIsCued(c);
    }
    if (c.mentions(Keyword.ASKED)) {
      asked(c);
    }
    if (c.mentions(Keyword.AS)) {
      describedAs(c);
    }
  }

  /** "It is widely believed that …": "it", a form of "be", a past cue and "that". */
  private static void itIsCued(SentenceContext c) {
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

  /** "is being criticized as a “use it or lose it” approach": a passive cue, then "as". */
  private static void describedAs(SentenceContext c) {
    for (int k = c.s.first() + 1; k + 2 < c.s.end(); k++) {
      Word w = c.t.word(k);
      if (c.t.depth(k) > 0 || w == null || !w.is(WordClass.CUE) || !w.isForm(CueForm.PAST)
          || !c.t.is(k + 1, "as") || !(w.verb().takes(Frame.OBJECT) || w.verb().takes(Frame.CALL))
          || !(c.t.is(k - 1, WordClass.COPULA) || c.t.is(k - 1, "being"))) {
        continue;
      }
      Cue cue = new Cue(Cue.Type.VERB, k, k, k + 2, w.verb(), CueForm.PAST);
      int end = c.clauses.objectEnd(k + 2, c.s.end());
      if (end - (k + 2) >= 1 && !c.isUsed(cue)) {
        c.accept(k + 2, end, cue, null, null, null, -1, -1, Rule.PASSIVE,
            Rule.PASSIVE.confidence());
      }
    }
  }

  /**
   * "Asked about X, …" / "When asked whether …, …" opening the sentence, and "…,” she said
   * when asked which candidate she would back." later in it.
   */
  private static void asked(SentenceContext c) {
    asked(c, c.s.first(), false);
    for (int w = c.s.first() + 1; w + 2 < c.s.end(); w++) {
      if (c.t.is(w, "when") && c.t.is(w + 1, "asked") && c.t.depth(w) == 0) {
        asked(c, w + 1, true);
      }
    }
  }

  private static void asked(SentenceContext c, int i, boolean inside) {
    if (!inside && i + 2 < c.s.end() && (c.t.is(i, "when") || c.t.is(i, "if"))) {
      i++;
    }
    if (i + 2 >= c.s.end() || !c.t.is(i, "asked") || c.t.depth(i) > 0) {
      return;
    }
    int k = c.clauses.skipAdjuncts(i + 1, c.s.end(), null);
    if (k >= c.s.end() || !(c.t.is(k, "about") || c.t.is(k, WordClass.SUB)
        || c.t.is(k, WordClass.REL) || c.t.is(k, "how") || c.t.is(k, "why"))) {
      k = i + 1;
      while (k < c.s.end() && !c.t.is(k, "about") && !c.t.is(k, "whether")
          && !c.t.is(k, "if") && !Words.comma(c.t, k) && k - i < 8) {
        k++;
      }
      if (k >= c.s.end() || Words.comma(c.t, k) || k - i >= 8) {
        return;
      }
    }
    int end = k;
    while (end < c.s.end() && !Words.comma(c.t, end) && !Words.terminal(c.t, end)
        && c.t.depth(end) == 0) {
      end++;
    }
    boolean ends = end < c.s.end() && Words.comma(c.t, end)
        || inside && (end == c.s.end() || Words.terminal(c.t, end));
    if (ends && end > k + 1) {
      Word w = c.t.word(i);
      Cue cue = new Cue(Cue.Type.VERB, i, i, i + 1, w.verb(), CueForm.PAST);
      c.accept(k, end, cue, null, null, null, -1, -1, Rule.ASKED, Rule.ASKED.confidence());
    }
  }
}
