package io.github.quotable.mentions;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;

/**
 * Shares of people standing as a subject, as polls and news report them: "some", "most",
 * "a third", "47%", "one in five", with a hedge before them ("nearly a third").
 */
public final class Shares {
  private Shares() {}

  /** Quantifiers that stand for people when no noun follows: "Some said", "Most say". */
  private static final WordSet PRONOUNS = WordSet.of("some", "many", "most", "several",
      "few", "both", "all");
  /** Fractions that need a determiner or a number before them: "a third", "two thirds". */
  private static final WordSet FRACTIONS = WordSet.of("half", "third", "thirds", "quarter",
      "quarters", "fifth", "fifths", "majority", "minority", "plurality");
  private static final WordSet NUMBERS = WordSet.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten");
  private static final WordSet HEDGES = WordSet.of("nearly", "about", "almost", "roughly",
      "some", "just", "only", "approximately", "around");

  /**
   * The first token of a share of people that ends at token p and can be a subject, its hedge
   * included; -1 if p ends none. "the most" and "of all" are no shares.
   */
  public static int start(Tokens t, int p, int limit) {
    int first = shareFirst(t, p, limit);
    if (first > limit && HEDGES.hasLower(t, first - 1) && first - 1 != p) {
      return first - 1;
    }
    return first;
  }

  private static int shareFirst(Tokens t, int p, int limit) {
    boolean before = p - 1 >= limit;
    if (t.isChar(p, '%')) {
      boolean possessed = p - 2 >= limit && t.is(p - 2, WordClass.POSS); // "His 32% support"
      return before && t.type(p - 1) == TokenType.NUMBER && !possessed ? p - 1 : -1; // "47%"
    }
    if (PRONOUNS.hasLower(t, p)) {
      if (t.is(p, "few") && before && t.is(p - 1, "a")) {
        return p - 1; // "a few said"
      }
      boolean modifies = p + 1 < t.size() && (t.is(p, "most") && Words.verbGroup(t, p + 1)
          || t.is(p + 1, WordClass.TIME)); // "most recently said", "the next few months"
      return modifies || before && (t.isAny(p - 1, Words.OPENERS)
          || t.is(p - 1, WordClass.PREP)) ? -1 : p; // not "the few", "of all"
    }
    if (FRACTIONS.hasLower(t, p)) {
      boolean ordinal = !t.is(p, "majority") && !t.is(p, "minority") && !t.is(p, "plurality");
      if (before && (t.is(p - 1, "a") || t.is(p - 1, "an") || !ordinal && t.is(p - 1, "the")
          || number(t, p - 1))) {
        return p - 1; // "a third", "the majority", "two thirds"; not "the fifth state"
      }
      return t.is(p, "half") ? p : -1;
    }
    if (number(t, p) && p - 2 >= limit && t.is(p - 1, "in") && number(t, p - 2)) {
      return p - 2; // "one in five", "six in 10"
    }
    return -1;
  }

  /**
   * "both" or "all" after its noun or an auxiliary ("Rubio and Bush both said", "have all
   * attacked"): the subject is before it.
   */
  public static boolean floating(Tokens t, int p, int limit) {
    return p - 1 >= limit && (t.is(p, "both") || t.is(p, "all")) && (Words.nounish(t, p - 1)
        || t.isAny(p - 1, Words.AUXILIARIES) || t.is(p - 1, WordClass.SUBJ)
        || t.is(p - 1, WordClass.REL));
  }

  private static boolean number(Tokens t, int i) {
    return t.type(i) == TokenType.NUMBER || NUMBERS.hasLower(t, i);
  }
}
