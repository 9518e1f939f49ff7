package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueVerb;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;

/**
 * An adjective that attributes a thought after a copula: "Many Democrats are afraid that …",
 * "She remains determined to …", "they were worried about the cost".
 */
final class AdjectiveCueSieve implements Sieve {
  private static final WordSet LINKS = WordSet.of("feel", "feels", "felt",
      "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears",
      "appeared", "become", "becomes", "became", "grew", "grow", "grows", "sounded", "away");

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.CUE_ADJECTIVE)) {
      return;
    }
    // the scan alone here: the rest, for the few cue adjectives, is a method of its own, so
    // the JIT compiles a small loop rather than inlining all of it into the scan
    for (int i = c.s.first() + 2; i + 1 < c.s.end(); i++) {
      CueVerb adj = c.t.word(i) == null ? null : c.t.word(i).cueAdjective();
      if (adj != null && c.t.depth(i) == 0 && c.t.lower(i)) {
        attribute(c, i, adj);
      }
    }
  }

  /** "is afraid that …", "seemed certain to …": the cue adjective at i with its link verb. */
  private static void attribute(SentenceContext c, int i, CueVerb adj) {
    int link = i - 1;
    while (link > c.s.first() && Words.verbGroup(c.t, link) && !c.t.is(link, WordClass.COPULA)
        && !c.t.is(link, WordClass.AUX)) {
      link--;
    }
    if (!c.t.is(link, WordClass.COPULA) && !LINKS.hasLower(c.t, link)) {
      return;
    }
    int vg = link;
    while (vg - 1 >= c.s.first() && (Words.verbGroup(c.t, vg - 1)
        || c.t.is(vg - 1, "came"))) {
      vg--;
    }
    Phrase src = c.np.before(vg, c.s.first());
    if (src == null) {
      return;
    }
    int k = i + 1;
    int from = -1;
    Rule rule = Rule.ADJECTIVE_CUE;
    if (c.t.is(k, "that") && adj.takes(Frame.THAT)) {
      from = k + 1;
    } else if (c.t.is(k, "to") && adj.takes(Frame.TO) && k + 1 < c.s.end()
        && c.t.lower(k + 1) && !c.t.isAny(k + 1, Words.OPENERS)) {
      from = k;
    } else if ((c.t.is(k, "about") || c.t.is(k, "of") || c.t.is(k, "over")
        || c.t.is(k, "to")) && adj.takes(Frame.ABOUT)) {
      from = k + 1;
    }
    if (from < 0 || from >= c.s.end()) {
      return;
    }
    int end = from == k + 1 && !c.t.is(k, "that") ? c.clauses.objectEnd(from, c.s.end())
        : c.clauses.contentEnd(from, c.s.end());
    Cue cue = new Cue(Cue.Type.ADJECTIVE, i, vg, i + 1, adj, null);
    c.accept(from, end, cue, src, null, null, -1, -1, rule, rule.confidence());
  }
}
