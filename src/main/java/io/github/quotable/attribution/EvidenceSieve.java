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
      int comma = i == c.s.first() ? framingComma(c, i + 1) : -1;
      boolean headed = src != null && headedByFinding(c, src);
      if (!headed && comma < 0) {
        continue;
      }
      int first;
      int end;
      if (comma > 0 && (src == null || src.end() < comma)) {
        // "In a poll released Monday, most voters …", "In the latest Ipsos survey, …"
        src = headed ? src : new Phrase(i + 1, comma, i + 1, comma, Phrase.Kind.NOMINAL, -1, -1);
        first = afterParticipleAside(c, comma + 1);
        end = c.clauses.contentEnd(first, c.s.end());
      } else if (i == c.s.first() && src.end() < c.s.end() && Words.comma(c.t, src.end())) {
        first = afterParticipleAside(c, src.end() + 1);
        end = c.clauses.contentEnd(first, c.s.end());
      } else if (i > c.s.first() + 2 && closesClause(c, src.end())) {
        first = clauseStartBefore(c, i);
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

  /**
   * The comma closing a sentence-initial frame whose last noun before any participle is a
   * finding ("In a poll released Monday,", "In the latest Ipsos survey,"), or -1.
   */
  private static int framingComma(SentenceContext c, int from) {
    boolean finding = false;
    for (int k = from; k < c.s.end() && k - from < 12 && c.t.depth(k) == 0; k++) {
      if (Words.comma(c.t, k)) {
        return finding && k > from ? k : -1;
      }
      if (Words.terminal(c.t, k) || c.t.isAny(k, Words.FINITE) || c.t.is(k, WordClass.SUBJ)) {
        return -1;
      }
      if (!finding && Words.edWord(c.t, k)) {
        return -1; // "In a race dominated by polls,": the frame is no finding
      }
      finding |= finding(c, k);
    }
    return -1;
  }

  /** After ", conducted in May," opening at i, the token after its comma; else i. */
  private static int afterParticipleAside(SentenceContext c, int i) {
    if (i >= c.s.end() || !Words.edWord(c.t, i) || c.t.is(i, WordClass.CUE)) {
      return i;
    }
    for (int k = i + 1; k + 1 < c.s.end() && k - i < 10 && c.t.depth(k) == 0; k++) {
      if (Words.comma(c.t, k)) {
        return k + 1;
      }
      if (Words.terminal(c.t, k) || c.t.isAny(k, Words.FINITE) && c.t.lower(k)) {
        return i; // but "in May"
      }
    }
    return i;
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

  /**
   * Where the clause holding token i starts: after the last comma before it that a clause
   * with its verb follows ("By May, Hale held a lead …", "While Hale leads in Iowa, she …"),
   * else at the sentence's start; not after "…, 49% to 41%".
   */
  private static int clauseStartBefore(SentenceContext c, int i) {
    for (int k = i - 2; k > c.s.first(); k--) {
      if (c.t.depth(k) == 0 && Words.comma(c.t, k) && c.clauses.clauseStart(k + 1)
          && c.clauses.hasVerb(k + 1, i)) {
        return k + 1;
      }
    }
    return c.s.first();
  }

  /** The phrase ends its clause: at the sentence end or before a comma. */
  private static boolean closesClause(SentenceContext c, int k) {
    return k >= c.s.end() || Words.terminal(c.t, k) || Words.comma(c.t, k);
  }
}
