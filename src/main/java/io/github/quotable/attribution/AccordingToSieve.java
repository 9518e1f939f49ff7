package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;

/**
 * "According to X, …" and "…, according to X."; so too "In the words of X, …" and "…, in the
 * words of X."
 */
final class AccordingToSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    boolean according = c.mentions(Keyword.ACCORDING);
    boolean words = c.mentions(Keyword.WORDS);
    if (!according && !words) {
      return;
    }
    for (int i = c.s.first(); i + 2 < c.s.end(); i++) {
      if (c.t.depth(i) > 0) {
        continue;
      }
      if (according && c.t.is(i, "according") && c.t.is(i + 1, "to")) {
        attribute(c, i, 2);
      } else if (words && inTheWordsOf(c, i)) {
        attribute(c, i, 4);
      }
    }
  }

  /** "in the words of" at token i. */
  private static boolean inTheWordsOf(SentenceContext c, int i) {
    return i + 4 < c.s.end() && c.t.is(i, "in") && c.t.is(i + 1, "the")
        && c.t.is(i + 2, "words") && c.t.is(i + 3, "of");
  }

  /** The attribution of the cue of {@code length} tokens at i, the source after it. */
  private void attribute(SentenceContext c, int i, int length) {
    Phrase src = c.np.after(i + length, c.s.end());
    if (src == null) {
      return;
    }
    Cue cue = new Cue(Cue.Type.ACCORDING_TO, i, i, i + length, null, null);
    int start = i;
    while (start > c.s.first() && (c.t.is(start - 1, WordClass.CONJ)
        || c.t.is(start - 1, WordClass.ADV))) {
      start--;
    }
    int predicate = interruptedSubject(c, start, src);
    if (predicate >= 0) {
      // "The new rules, according to officials, will take effect in May."
      c.acceptSpanning(c.s.first(), c.clauses.contentEnd(predicate, c.s.end()), cue, src,
          Rule.ACCORDING_TO);
      return;
    }
    int first;
    int end;
    boolean afterSubordinator = start - 2 >= c.s.first() && Words.comma(c.t, start - 1)
        && (c.t.is(start - 2, WordClass.SUB) || c.t.is(start - 2, "that"));
    if (start == c.s.first() || afterSubordinator || Words.comma(c.t, start - 1)
        && !c.clauses.clauseLike(c.s.first(), start - 1)) {
      // "According to X, …", "… after, according to him, the network censored …"
      if (src.hasAppositive() && src.end() + 1 >= c.s.end()) {
        // "According to police, the company paid bribes.": no appositive runs to the end
        src = src.withoutAppositive();
      }
      src = withReducedRelative(c, src);
      int k = relativeClauseEnd(c, src.end()); // the source is who the clause is about
      if (k < c.s.end() && Words.comma(c.t, k)) {
        k = participleAsideEnd(c, k + 1);
      }
      first = k;
      end = c.clauses.contentEnd(first, c.s.end());
    } else {
      end = c.clauses.trimEnd(c.s.first(), start);
      first = clauseBefore(c, end);
      Attribution before = c.lastBefore(end);
      if (before != null && before.end() > first) {
        return;
      }
    }
    if (end - first < 2 || pointsBack(c, first, end)) {
      return;
    }
    c.accept(first, end, cue, src, null, null, -1, -1, Rule.ACCORDING_TO,
        Rule.ACCORDING_TO.confidence());
  }

  /**
   * The predicate's first token when "according to X" stands between commas after the
   * sentence's subject and before its verb ("The policy, according to the minister, will
   * save …"); or -1.
   */
  private static int interruptedSubject(SentenceContext c, int start, Phrase src) {
    int comma = start - 1;
    int k = src.end() + 1;
    if (comma <= c.s.first() || !Words.comma(c.t, comma) || k >= c.s.end()
        || !Words.comma(c.t, src.end()) || c.t.depth(k) > 0) {
      return -1;
    }
    Phrase subject = c.np.after(c.s.first(), comma);
    boolean verb = c.t.lower(k) && (c.t.isAny(k, Words.AUXILIARIES)
        || c.t.is(k, WordClass.PAST) || c.t.is(k, WordClass.CUE)
        || c.t.word(k) == null && (Words.endsWith(c.t, k, "s") || Words.edWord(c.t, k)));
    return subject != null && subject.first() == c.s.first() && subject.end() == comma
        && verb ? k : -1;
  }

  /**
   * After "According to the study," a participle clause set off by commas is about the source,
   * not what it says: "published in Nature Aging," in "According to the study, published in
   * Nature Aging, the effect …". The token after its closing comma; k if there is none.
   */
  private static int participleAsideEnd(SentenceContext c, int k) {
    if (k + 2 >= c.s.end() || !c.t.lower(k) || !Words.edWord(c.t, k) || c.t.depth(k) > 0
        || !c.t.is(k + 1, WordClass.PREP) && !c.t.is(k + 1, WordClass.TIME)
        && !c.t.is(k + 1, "last") && !c.t.is(k + 1, "this")) {
      return k;
    }
    for (int j = k + 2; j + 1 < c.s.end() && j - k <= 12; j++) {
      if (c.t.depth(j) > 0 || Words.terminal(c.t, j)) {
        return k;
      }
      if (Words.comma(c.t, j)) {
        return j + 1;
      }
    }
    return k;
  }

  /**
   * The source widened over a passive participle and its phrase up to the comma: "According
   * to economists polled by Reuters, …", "according to analysts surveyed by Bloomberg, …";
   * the source unchanged when no such participle follows it or no comma closes it.
   */
  private static Phrase withReducedRelative(SentenceContext c, Phrase src) {
    int k = src.end();
    if (k + 1 >= c.s.end() || !Words.edWord(c.t, k) || c.t.word(k) != null
        && !c.t.is(k, WordClass.CUE) || !c.t.is(k + 1, WordClass.PREP)) {
      return src;
    }
    for (int j = k + 2; j < c.s.end() && j - k <= 10; j++) {
      if (c.t.depth(j) > 0 || Words.terminal(c.t, j)) {
        return src;
      }
      if (Words.comma(c.t, j)) {
        return new Phrase(src.first(), j, src.headFirst(), src.headEnd(), src.kind(), -1, -1);
      }
    }
    return src;
  }

  /**
   * The comma closing a relative clause that opens at k, "who spoke on condition of anonymity"
   * in "According to an official who spoke on condition of anonymity, …"; k if none does.
   */
  private static int relativeClauseEnd(SentenceContext c, int k) {
    if (k + 2 >= c.s.end() || !c.t.is(k, WordClass.REL) || !c.t.lower(k)) {
      return k;
    }
    for (int j = k + 2; j < c.s.end() && j - k <= 16; j++) {
      if (c.t.depth(j) > 0 || Words.terminal(c.t, j)) {
        return k;
      }
      if (Words.comma(c.t, j)) {
        return j;
      }
    }
    return k;
  }

  /** "That's according to the census": a pronoun and a verb that point at what came before. */
  private static boolean pointsBack(SentenceContext c, int first, int end) {
    return end - first <= 3 && (c.t.is(first, "that") || c.t.is(first, "this")
        || c.t.is(first, "it")) && c.t.depth(first) == 0
        && (end - first == 2 || c.t.is(first + 1, WordClass.COPULA)
            || c.t.is(first + 1, WordClass.AUX));
  }

  /**
   * Where the content before "according to" starts: the sentence start, or after a colon
   * ("One fact stands out: London led the index, according to …"), or at an absolute clause
   * the source vouches for ("Polls favour him, with 56 percent viewing him positively,
   * according to …").
   */
  private static int clauseBefore(SentenceContext c, int end) {
    int first = c.s.first();
    for (int k = end - 1; k > first; k--) {
      if (c.t.depth(k) > 0) {
        continue;
      }
      if (c.t.isChar(k, ':') && end - k > 3) {
        return k + 1;
      }
      if (c.t.is(k, "with") && Words.comma(c.t, k - 1) && end - k > 3
          && participleIn(c, k + 2, end)) {
        return k + 1;
      }
    }
    return first;
  }

  private static boolean participleIn(SentenceContext c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.ingWord(c.t, k)) {
        return true;
      }
    }
    return false;
  }
}
