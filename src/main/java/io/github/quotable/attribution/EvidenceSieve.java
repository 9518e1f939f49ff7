package io.github.quotable.attribution;

import io.github.quotable.QuoteKind;
import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;

/**
 * A finding framed by the document it comes from: "Hale leads by 57 percent to 33 percent in
 * the new poll.", "In a survey released Monday, most voters …".
 */
final class EvidenceSieve implements Sieve {
  private static final WordSet FINDINGS = WordSet.of("poll", "polls", "survey", "surveys",
      "study", "studies", "report", "analysis", "census", "index", "ranking", "rankings", "data",
      "figures", "estimates", "projections", "forecast", "audit", "review", "assessment");

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.IN) && !c.mentions(Keyword.BY) || !c.mentions(Keyword.WORK)
        || !namesFinding(c)) {
      return; // no source to head: skip the phrase read after every "in" and "by"
    }
    for (int i = c.s.first(); i + 2 < c.s.end(); i++) {
      if (c.t.depth(i) > 0 || !c.t.is(i, "in") && !c.t.is(i, "by")) {
        continue;
      }
      Phrase src = c.np.after(i + 1, c.s.end());
      if (src == null || !headedByFinding(c, src)) {
        continue;
      }
      int first;
      int end;
      if (i == c.s.first() && src.end() < c.s.end() && Words.comma(c.t, src.end())) {
        first = src.end() + 1;
        end = c.clauses.contentEnd(first, c.s.end());
      } else if (i > c.s.first() + 2 && closesClause(c, src.end())) {
        first = c.s.first();
        end = c.clauses.trimEnd(first, i);
      } else {
        continue;
      }
      if (end - first >= 3 && c.clauses.clauseLike(first, end)) {
        Cue cue = new Cue(Cue.Type.VERB, i, i, i + 1, null, null);
        Attribution a = c.accept(first, end, cue, src, null, null, -1, -1, Rule.IN_FINDINGS,
            Rule.IN_FINDINGS.confidence());
        if (a != null) {
          c.setKind(a, QuoteKind.EVIDENCE);
        }
      }
    }
  }

  /** Whether a word of the sentence could head a finding's phrase (phrases lie inside it). */
  private static boolean namesFinding(SentenceContext c) {
    for (int k = c.s.first(); k < c.s.end(); k++) {
      if (finding(c, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean headedByFinding(SentenceContext c, Phrase p) {
    for (int k = p.headFirst(); k < p.headEnd(); k++) {
      if (finding(c, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean finding(SentenceContext c, int k) {
    return c.t.is(k, WordClass.WORK) && FINDINGS.hasLower(c.t, k);
  }

  /** The phrase ends its clause: at the sentence end or before a comma. */
  private static boolean closesClause(SentenceContext c, int k) {
    return k >= c.s.end() || Words.terminal(c.t, k) || Words.comma(c.t, k);
  }
}
