package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * A report framed by "as X said": "As many experts have pointed out, the rules are unclear.",
 * "Hawaii, as one adviser noted, rarely sees two hurricanes." The content is the clause the
 * "as" clause belongs to; the whole sentence when it sits inside it.
 */
final class AsClauseSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.AS)) {
      return; // every report this sieve reads has its "as"
    }
    for (int k = 0; k < c.cues.size(); k++) {
      Cue cue = c.cues.get(k);
      if (!c.isUsed(cue) && cue.form() != CueForm.GERUND) {
        attribute(c, cue, c.verbGroupStart(cue));
      }
    }
    if (!c.mentions(Keyword.PUT)) {
      return;
    }
    for (int k = c.s.first() + 2; k + 1 < c.s.end(); k++) {
      if (c.t.is(k, "put") && c.t.is(k + 1, "it") && c.t.depth(k) == 0) {
        // "As one adviser put it, …": an idiom of reporting with no cue verb of its own
        attribute(c, new Cue(Cue.Type.VERB, k, k, k + 2, null, null), k);
      }
    }
  }

  private static void attribute(SentenceContext c, Cue cue, int vg) {
    if (cue.form() == CueForm.PAST && passive(c, cue, vg)) {
      return;
    }
    Phrase src = c.np.before(vg, c.s.first());
    if (src == null || src.kind() == Phrase.Kind.RELATIVE) {
      return;
    }
    int as = src.first() - 1;
    if (as < c.s.first() || !c.t.is(as, "as") || c.t.depth(as) > 0) {
      return;
    }
    int after = cue.end();
    while (after < c.s.end() && (c.t.is(after, "out") || c.t.is(after, "so")
        || c.t.is(after, "before") || Words.verbGroup(c.t, after))) {
      after++;
    }
    if (after < c.s.end() && !Words.comma(c.t, after) && !Words.terminal(c.t, after)) {
      after = c.clauses.skipAdjuncts(after, c.s.end(), new int[] {-1, -1}); // "on Saturday,"
    }
    boolean initial = as == c.s.first() || as == c.s.first() + 1
        && c.t.is(c.s.first(), WordClass.CONJ);
    int first;
    int end;
    if (initial && after < c.s.end() && Words.comma(c.t, after)) {
      first = after + 1;
      end = c.clauses.contentEnd(first, c.s.end());
    } else if (!initial && as - 1 > c.s.first() && Words.comma(c.t, as - 1)
        && after < c.s.end() && (Words.comma(c.t, after) || Words.terminal(c.t, after))) {
      first = c.s.first();
      end = Words.terminal(c.t, after) ? c.clauses.trimEnd(first, as - 1)
          : c.clauses.contentEnd(after + 1, c.s.end());
    } else {
      return;
    }
    if (end - first >= 2 && c.clauses.clauseLike(first, end)) {
      c.acceptSpanning(first, end, cue, src, Rule.AS_CLAUSE);
    }
  }

  /**
   * "As (first) reported by the Globe, …": the passive opening the sentence, its source after
   * "by", the content after the comma; or set off inside it. Whether it read the sentence so.
   */
  private static boolean passive(SentenceContext c, Cue cue, int vg) {
    int as = vg - 1;
    if (as > c.s.first() && c.t.lower(as) && Words.endsWith(c.t, as, "ly")
        || as > c.s.first() && c.t.is(as, "first")) {
      as--; // "as first reported", "as previously reported"
    }
    boolean initial = as == c.s.first() || as == c.s.first() + 1
        && c.t.is(c.s.first(), WordClass.CONJ);
    int by = cue.end();
    if (as < c.s.first() || !c.t.is(as, "as") || by + 2 >= c.s.end() || !c.t.is(by, "by")) {
      return false;
    }
    Phrase src = c.np.after(by + 1, c.s.end());
    if (src == null || src.end() >= c.s.end()) {
      return false;
    }
    if (!initial) {
      return aside(c, cue, src, as);
    }
    if (src.end() + 1 >= c.s.end() || !Words.comma(c.t, src.end())) {
      return false;
    }
    int first = src.end() + 1;
    int end = c.clauses.contentEnd(first, c.s.end());
    return end - first >= 2 && c.clauses.clauseLike(first, end)
        && c.accept(first, end, cue, src, null, null, -1, -1, Rule.AS_CLAUSE,
            Rule.AS_CLAUSE.confidence()) != null;
  }

  /** "The deal, as reported by the Globe, fell apart.": the sentence around the aside. */
  private static boolean aside(SentenceContext c, Cue cue, Phrase src, int as) {
    int after = src.end();
    if (as - 1 <= c.s.first() || !Words.comma(c.t, as - 1)
        || !Words.comma(c.t, after) && !Words.terminal(c.t, after)) {
      return false;
    }
    int first = c.s.first();
    for (int k = first; k < as; k++) {
      if (c.t.depth(k) > 0 || c.t.type(k) == TokenType.QUOTE) {
        return false; // "“…,” she said, as recalled by X": the quotation has its own tag
      }
    }
    int end = Words.terminal(c.t, after) ? c.clauses.trimEnd(first, as - 1)
        : c.clauses.contentEnd(after + 1, c.s.end());
    return end - first >= 2 && c.clauses.clauseLike(first, end)
        && c.acceptSpanning(first, end, cue, src, Rule.AS_CLAUSE) != null;
  }
}
