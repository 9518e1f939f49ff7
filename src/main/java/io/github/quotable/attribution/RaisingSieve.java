package io.github.quotable.attribution;

import io.github.quotable.QuoteKind;
import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;

/**
 * Attributions whose source is left out: "The senator is expected to announce her run",
 * "He is said to favour a deal", "Their choice now appears to be between two plans". The
 * content is the infinitive; nobody is named as its source.
 */
final class RaisingSieve implements Sieve {
  private static final WordSet PASSIVE = WordSet.of("expected", "said", "believed", "reported",
      "thought", "rumored", "rumoured", "known", "alleged", "understood", "considered",
      "supposed", "projected", "predicted", "estimated");
  // "supposed" reports only before a perfect ("is supposed to have fled"); "the files are
  // supposed to be public by May" says what should happen, not what anyone said
  /** The passives above that report speech rather than thought. */
  private static final WordSet SPEECH = WordSet.of("said", "reported");
  private static final WordSet RAISING = WordSet.of("seem", "seems", "seemed", "appear",
      "appears", "appeared");

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.TO)) {
      return;
    }
    // the scan alone here, the rest for the few raising verbs in attribute(): the compiler
    // then compiles a small loop instead of inlining the clause reader and the attribution
    for (int i = c.s.first() + 1; i + 2 < c.s.end(); i++) {
      // "to" first: it rules out the most tokens
      if (!c.t.is(i + 1, "to") || c.t.depth(i) > 0 || !c.t.lower(i)
          || !c.t.lower(i + 2) || c.t.isAny(i + 2, Words.OPENERS)) {
        continue;
      }
      boolean passive = PASSIVE.hasLower(c.t, i) && copulaBefore(c, i)
          && (!c.t.is(i, "supposed") || c.t.is(i + 2, "have"));
      if (passive || RAISING.hasLower(c.t, i)) {
        attribute(c, i, passive);
      }
    }
  }

  /** "is expected to …", "seems to …": the verb at i and the infinitive after it. */
  private static void attribute(SentenceContext c, int i, boolean passive) {
    int end = c.clauses.infinitiveEnd(i + 1, c.s.end());
    if (end - (i + 1) < 2) {
      return;
    }
    int first = i;
    while (first - 1 > c.s.first() && (Words.verbGroup(c.t, first - 1)
        || c.t.is(first - 1, WordClass.COPULA))) {
      first--;
    }
    Cue cue = new Cue(Cue.Type.VERB, i, first, i + 1, c.t.word(i) == null ? null
        : c.t.word(i).verb(), null);
    QuoteKind kind = passive && !SPEECH.hasLower(c.t, i) ? QuoteKind.THOUGHT
        : passive ? QuoteKind.SPEECH : QuoteKind.EVIDENCE;
    Attribution a = c.accept(i + 1, end, cue, null, null, null, -1, -1, Rule.RAISING,
        Rule.RAISING.confidence());
    if (a != null && a.kind() != kind) {
      c.setKind(a, kind);
    }
  }

  private static boolean copulaBefore(SentenceContext c, int i) {
    int k = i - 1;
    while (k > c.s.first() && Words.verbGroup(c.t, k) && !c.t.is(k, WordClass.COPULA)) {
      k--;
    }
    return c.t.is(k, WordClass.COPULA);
  }
}
