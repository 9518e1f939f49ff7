package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.CueVerb;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * A noun that attributes content to its possessor: "Hale's claim that …", "her plan to …",
 * and the framing "In Mr. Connolly's view, …" / "By his own admission, …".
 */
final class NounCueSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.CUE_NOUN)) {
      return;
    }
    // the scan alone here: the rest, for the few cue nouns, is a method of its own, so the JIT
    // compiles a small loop rather than inlining all of it into the scan
    for (int i = c.s.first() + 1; i < c.s.end(); i++) {
      CueVerb noun = c.t.word(i) == null ? null : c.t.word(i).cueNoun();
      if (noun != null && c.t.depth(i) == 0 && c.t.lower(i)) {
        attribute(c, i, noun);
      }
    }
  }

  /** "Hale's claim that …": the cue noun at i with its possessor and what it takes. */
  private static void attribute(SentenceContext c, int i, CueVerb noun) {
    int owner = ownerEnd(c, i);
    Phrase src = owner < 0 ? lightVerbSubject(c, i) : possessor(c, owner);
    if (src == null) {
      return;
    }
    Cue cue = new Cue(Cue.Type.NOUN, i, i, i + 1, noun, null);
    int k = i + 1;
    if (k < c.s.end() && c.t.is(k, "that") && noun.takes(Frame.THAT)) {
      accept(c, k + 1, inOpeningPhrase(c, src, k + 1,
          c.clauses.nounClauseEnd(k + 1, c.s.end())), cue, src);
    } else if (k + 1 < c.s.end() && c.t.is(k, "to") && noun.takes(Frame.TO)
        && c.t.lower(k + 1) && !c.t.isAny(k + 1, Words.OPENERS)) {
      int end = inOpeningPhrase(c, src, k, c.clauses.contentEnd(k, c.s.end()));
      accept(c, k, src.first() == opening(c) ? infinitiveBeforeTheVerb(c, k, end) : end,
          cue, src);
    } else if (k < c.s.end() && Words.comma(c.t, k) && noun.takes(Frame.VIEW)
        && framing(c, src.first())) {
      accept(c, k + 1, c.clauses.contentEnd(k + 1, c.s.end()), cue, src);
    } else if (k + 1 < c.s.end() && takesPreposition(c, noun, k)) {
      // "her criticism of the plan", "his support for the bill": the preposition's object
      accept(c, k + 1, beforeTheVerb(c, k + 1, c.clauses.objectEnd(k + 1, c.s.end())),
          cue, src);
    }
  }

  /** The sentence's first token after an opening "But" or "And". */
  private static int opening(SentenceContext c) {
    int i = c.s.first();
    return i + 1 < c.s.end() && (c.t.is(i, "but") || c.t.is(i, "and")) ? i + 1 : i;
  }

  /**
   * Where content ends when the noun's phrase sits in a prepositional phrase opening the
   * sentence: before the main clause ("Despite Lee's claims that the plant was safe, residents
   * left"); else at end.
   */
  private static int inOpeningPhrase(SentenceContext c, Phrase src, int from, int end) {
    int start = opening(c);
    return src.first() == start + 1 && c.t.is(start, WordClass.PREP)
        ? CueBeforeSieve.mainClauseStart(c, from, end) : end;
  }

  /**
   * An infinitive after a noun that opens the sentence ends before the sentence's verb: "[Her
   * decision to close the depot] angered workers", "… to ban imports is a good idea". A finite
   * verb after a subject or relative word of its own stays in it ("to fix what he broke").
   */
  private static int infinitiveBeforeTheVerb(SentenceContext c, int from, int end) {
    for (int k = from + 2; k < end; k++) {
      if (c.t.depth(k) != 0 || !c.t.lower(k) || c.t.is(k - 1, WordClass.SUBJ)
          || c.t.is(k - 1, WordClass.REL)) {
        continue;
      }
      if (c.t.isAny(k, Words.FINITE) && !c.t.is(k - 1, "to")
          || Words.edWord(c.t, k) && c.t.word(k) == null && (Words.pluralNoun(c.t, k - 1)
              || Words.nounish(c.t, k - 1) && c.t.isAny(k - 2, Words.OPENERS))) {
        return c.clauses.trimEnd(from, k);
      }
    }
    return end;
  }

  private static void accept(SentenceContext c, int from, int end, Cue cue, Phrase src) {
    if (end > from) {
      c.accept(from, end, cue, src, null, null, -1, -1, Rule.NOUN_CUE,
          Rule.NOUN_CUE.confidence());
    }
  }

  /** The last token of the possessor before the noun, skipping adjectives ("own"); or -1. */
  private static int ownerEnd(SentenceContext c, int noun) {
    int k = noun - 1;
    while (k > c.s.first() && k > noun - 3 && (c.t.lower(k) && c.t.word(k) == null
        || c.t.is(k, WordClass.TIME) || c.t.type(k) == TokenType.NUMBER)
        || k > c.s.first() && c.t.is(k, "own")) {
      k--;
    }
    return c.t.type(k) == TokenType.POSSESSIVE || c.t.is(k, WordClass.POSS) ? k : -1;
  }

  /**
   * The subject of a verb that only carries the noun: "The senator voiced strong support for
   * the bill", "Unions have raised concerns about the deal", "She issued a warning that …".
   * Null unless such a verb, in a finite form, comes before the noun with at most a
   * determiner and two adjectives between.
   */
  private static Phrase lightVerbSubject(SentenceContext c, int noun) {
    int k = noun - 1;
    while (k > c.s.first() && noun - k <= 2 && c.t.lower(k) && c.t.word(k) == null
        && !Words.ingWord(c.t, k) && !Words.edWord(c.t, k)) {
      k--; // "strong", "renewed" stays a verb
    }
    if (k > c.s.first() && (c.t.is(k, "a") || c.t.is(k, "an") || c.t.is(k, "the")
        || c.t.is(k, "no") || c.t.is(k, "some") || c.t.is(k, "new"))) {
      k--;
    }
    if (k <= c.s.first() || c.t.depth(k) > 0 || !LIGHT_VERBS.hasLower(c.t, k)
        || Words.ingWord(c.t, k)) {
      return null;
    }
    int vg = k;
    while (vg - 1 >= c.s.first() && Words.verbGroup(c.t, vg - 1) && c.t.depth(vg - 1) == 0) {
      vg--;
    }
    if (vg - 1 >= c.s.first() && c.t.is(vg - 1, "to")) {
      return null; // "wants to raise concerns": whose, the sentence says elsewhere
    }
    Phrase p = c.np.before(vg, c.s.first());
    return p == null || p.kind() == Phrase.Kind.RELATIVE ? null : p;
  }

  private static final WordSet LIGHT_VERBS = WordSet.of("voiced", "voices", "voice",
      "expressed", "expresses", "express", "raised", "raises", "raise", "issued", "issues",
      "issue", "offered", "offers", "offer", "renewed", "renews", "renew", "reiterated",
      "reiterates", "reiterate", "registered", "registers", "register", "made", "makes", "make");

  private static Phrase possessor(SentenceContext c, int k) {
    if (c.t.is(k, WordClass.POSS)) {
      return c.t.lower(k) || k == c.s.first() ? new Phrase(k, k + 1, k, k + 1,
          Phrase.Kind.PRONOUN, -1, -1) : null;
    }
    Phrase p = c.np.before(k, c.s.first());
    return p == null || p.kind() != Phrase.Kind.NAME && p.kind() != Phrase.Kind.NOMINAL ? null
        : p;
  }

  /** The prepositions a noun's frame may name, and their frames in the same order. */
  private static final WordSet PREPOSITIONS = WordSet.of("of", "for", "on", "about", "over",
      "against", "to");
  private static final Frame[] PREPOSITION_FRAMES = {Frame.OF, Frame.FOR, Frame.ON,
      Frame.ABOUT, Frame.OVER, Frame.AGAINST, Frame.TO_OBJECT};

  /** The object ends before the sentence's verb: "[her criticism of the plan] was sharp". */
  private static int beforeTheVerb(SentenceContext c, int from, int end) {
    for (int k = from + 1; k < end; k++) {
      boolean afterDeterminer = c.t.isAny(k - 1, Words.OPENERS)
          || c.t.type(k - 1) == TokenType.POSSESSIVE;
      boolean possessive = c.t.type(k) == TokenType.POSSESSIVE
          && !c.t.is(k - 1, WordClass.SUBJ); // "of North Korea's test": no "is"
      if (c.t.depth(k) == 0 && (c.t.isAny(k, Words.FINITE) && !possessive
          || !afterDeterminer && c.t.lower(k)
          && (c.t.is(k, WordClass.CUE)
              && !c.t.word(k).isForm(CueForm.GERUND)
              || Words.edWord(c.t, k)))) {
        return c.clauses.trimEnd(from, k);
      }
    }
    return end;
  }

  private static boolean takesPreposition(SentenceContext c, CueVerb noun, int k) {
    int p = c.t.lower(k) ? PREPOSITIONS.indexOf(c.t, k) : -1;
    Frame f = p < 0 ? null : PREPOSITION_FRAMES[p];
    return f != null && noun.takes(f) && c.t.depth(k + 1) == 0 | c.clauses.opensQuote(k + 1)
        && !Words.terminal(c.t, k + 1) && !Words.comma(c.t, k + 1);
  }

  /** "In X's view," / "By X's own admission," at the start of the sentence. */
  private static boolean framing(SentenceContext c, int ownerFirst) {
    int p = ownerFirst - 1;
    return p == c.s.first() && (c.t.is(p, "in") || c.t.is(p, "by")
        || c.t.is(p, "to"));
  }
}
