package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * A quotation that characterises an object, whatever the verb: "hailed the deal as a
 * “breakthrough”", "has been pounding her rival as a “fraud”", "wrote off the plan as
 * “theatre”". The verb's subject calls the object so; the content runs from the object to the
 * quotation's end.
 */
final class AsQuoteSieve implements Sieve {
  /** Words between "as" and the quotation: "as a “…”", "as the very “…”". */
  private static final int MAX_BEFORE_QUOTE = 3;
  private static final long NOT_A_VERB = Words.FUNCTION & ~WordClass.mask(WordClass.ADV)
      | WordClass.mask(WordClass.COPULA, WordClass.TIME);

  @Override
  public void apply(SentenceContext c) {
    for (QuotedSpan q = c.nextFreeQuotation(c.s.first()); q != null;
        q = c.nextFreeQuotation(q.outerEnd())) {
      attribute(c, q);
    }
  }

  private static void attribute(SentenceContext c, QuotedSpan q) {
    int as = q.outerFirst() - 1;
    while (as > c.s.first() && q.outerFirst() - as <= MAX_BEFORE_QUOTE && c.t.lower(as)
        && !c.t.is(as, "as") && c.t.type(as) == TokenType.WORD && c.t.depth(as) == 0
        && (!c.t.isAny(as, Words.FUNCTION) || c.t.isAny(as, Words.OPENERS))) {
      as--;
    }
    if (as <= c.s.first() || !c.t.is(as, "as") || !c.t.lower(as) || c.t.is(as - 1, "such")) {
      return;
    }
    Phrase object = c.np.before(as, c.s.first());
    if (object == null || object.end() != as || object.kind() == Phrase.Kind.RELATIVE
        || object.size() == 1 && c.t.lower(object.first())
            && Words.endsWith(c.t, object.first(), "ly")) {
      return; // "known locally as “…”": an adverb, no object
    }
    int verb = object.first() - 1;
    for (int hops = 0; hops < 2 && verb > c.s.first() && OF_OBJECT.has(c.t, verb)
        && c.t.lower(verb); hops++) {
      Phrase head = c.np.before(verb, c.s.first()); // "the deal with the union as …"
      if (head == null || head.end() != verb || head.kind() != Phrase.Kind.NOMINAL) {
        return;
      }
      object = head;
      verb = head.first() - 1;
    }
    if (verb > c.s.first() && PARTICLES.has(c.t, verb)) {
      verb--; // "wrote off the plan as", "went after her as"
    }
    if (!verbLike(c, verb)) {
      return;
    }
    int vg = verb;
    while (vg - 1 >= c.s.first() && Words.verbGroup(c.t, vg - 1) && c.t.depth(vg - 1) == 0) {
      vg--;
    }
    Phrase src = vg - 1 >= c.s.first() && c.t.is(vg - 1, "to") ? c.np.before(vg - 1, c.s.first())
        : Words.ingWord(c.t, verb) && vg - 1 >= c.s.first() && Words.comma(c.t, vg - 1) ? null
        : c.np.before(vg, c.s.first());
    if (src == null) {
      src = CueBeforeSieve.subject(c.t, c.np, c.s, vg);
    }
    if (src == null) {
      return;
    }
    Cue cue = new Cue(Cue.Type.VERB, verb, verb, verb + 1, null, null);
    int end = c.clauses.quotationListEnd(q.outerFirst(), c.s.end());
    c.accept(object.first(), end, cue, src, null, null, -1, -1, Rule.AS_QUOTE,
        Rule.AS_QUOTE.confidence());
  }

  /** A lower-case word that can be a finite verb or participle before its object. */
  private static boolean verbLike(SentenceContext c, int i) {
    return i >= c.s.first() && c.t.type(i) == TokenType.WORD && c.t.lower(i) && c.t.depth(i) == 0
        && !c.t.isAny(i, NOT_A_VERB);
  }

  private static final WordSet OF_OBJECT = WordSet.of("of", "with", "from",
      "in", "for", "on", "at");
  private static final WordSet PARTICLES = WordSet.of("off", "up", "down",
      "after", "out", "to", "on");
}
