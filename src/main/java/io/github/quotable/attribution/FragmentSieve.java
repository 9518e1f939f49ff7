package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;

/**
 * A quoted fragment no other sieve claimed, after a cue verb of its sentence: "described the
 * plan as a “fantasy”", "likened the rules to “burning the Constitution”". The fragment is
 * spoken by that cue's source, or by the source of the attribution the cue made; after a
 * passive participle ("the bill, known as the “…”") by nobody in view. When a clause after the
 * cue holds the fragment ("stated the reforms were “long overdue”"), the clause is the content.
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
    int first = q.outerFirst();
    int end = q.outerEnd();
    int clause = made == null && !passive ? clauseAfter(c, cue, first) : -1;
    if (clause >= 0) {
      // "said if elected he would “work with everyone”": the clause that holds the fragment
      int stop = c.clauses.contentEnd(clause, c.s.end());
      if (stop >= end) {
        first = clause;
        end = stop;
      }
    }
    c.accept(first, end, made == null ? cue : null, src, made, null, -1, -1,
        Rule.QUOTED_FRAGMENT, Rule.QUOTED_FRAGMENT.confidence());
  }

  /**
   * Where a clause after the cue that reaches the fragment at {@code quote} starts ("said
   * on Monday that the plan was “dead”", "says if elected “I will …”"), or -1 when the cue's
   * verb takes no clause or the words before the fragment open none.
   */
  private static int clauseAfter(SentenceContext c, Cue cue, int quote) {
    if (cue.verb() == null || !cue.verb().takesClause() || cue.verb().takes(Frame.TELL)
        || cue.end() >= quote) {
      return -1; // "told one of his aides that “…”": no clause starts at the addressee
    }
    int i = c.clauses.skipAdjuncts(cue.end(), quote, null);
    if (i < quote && c.t.is(i, "that")) {
      i += i + 1 < quote && Words.comma(c.t, i + 1) ? 2 : 1;
    }
    if (i >= quote || c.t.depth(i) > 0 || !(c.clauses.clauseStart(i)
        || c.t.is(i, WordClass.SUB) && !c.t.is(i, "as"))) {
      return -1;
    }
    boolean subordinate = c.t.is(i, WordClass.SUB);
    for (int k = i; k < quote; k++) {
      if (Words.terminal(c.t, k) || c.t.isChar(k, ';') || c.t.isChar(k, ':')
          || !subordinate && Words.comma(c.t, k)) {
        return -1; // "said a day earlier, “…”": the fragment opens the content itself
      }
    }
    return i;
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
