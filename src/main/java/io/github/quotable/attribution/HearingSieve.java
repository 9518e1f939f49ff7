package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * Court and inquiry reporting: "The court heard that …", "the jury was told: “…”", "Jurors
 * have heard …". What was said is attributed to nobody named; the body that heard it is the
 * addressee.
 */
final class HearingSieve implements Sieve {
  /** Bodies that hear evidence. */
  private static final WordSet BODIES = WordSet.of("court", "jury", "jurors", "inquest",
      "magistrates", "justices", "coroner", "judge", "sheriff", "bench",
      "tribunal", "hearing", "trial", "inquiry", "committee", "panel");

  private final boolean mainClauseOnly;

  /**
   * @param mainClauseOnly read only hearings with no cue word before them, as the run before
   *     the cue-before sieve does
   */
  HearingSieve(boolean mainClauseOnly) {
    this.mainClauseOnly = mainClauseOnly;
  }

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.HEARD) && !c.mentions(Keyword.TOLD)) {
      return;
    }
    for (int k = c.s.first() + 1; k + 2 < c.s.end(); k++) {
      if (c.t.depth(k) == 0 && (c.t.is(k, "heard") || c.t.is(k, "told"))) {
        hearing(c, k, mainClauseOnly);
      }
    }
  }

  private static void hearing(SentenceContext c, int verb, boolean mainClauseOnly) {
    boolean told = c.t.is(verb, "told");
    int k = verb - 1;
    boolean passive = false;
    while (k > c.s.first() && (c.t.is(k, WordClass.COPULA) || c.t.is(k, WordClass.AUX)
        || c.t.lower(k) && Words.verbGroup(c.t, k))) {
      passive |= c.t.is(k, WordClass.COPULA);
      k--;
    }
    if (told != passive || !body(c, k)) {
      return; // "the court told him", "the jury was heard": not what a body heard
    }
    int first = subjectStart(c, k);
    if (mainClauseOnly && ToldSieve.cueBefore(c, first)) {
      return;
    }
    int from = verb + 1;
    if (c.t.is(from, "that") || c.t.isChar(from, ':')) {
      from++;
    }
    if (from >= c.s.end() || c.t.is(from, "by") || c.t.is(from, "from")
        || c.t.is(from, "of") || c.t.is(from, "about") || c.t.is(from, "to")) {
      return; // "heard from the victim's mother", "was told by the judge": a source follows
    }
    int end = c.clauses.contentEnd(from, c.s.end());
    if (end - from < 3) {
      return;
    }
    Word w = c.t.word(verb);
    Cue cue = new Cue(Cue.Type.VERB, verb, k + 1, verb + 1, told ? w.verb() : null,
        CueForm.PAST);
    Phrase audience = new Phrase(first, k + 1, k, k + 1, Phrase.Kind.NOMINAL, -1, -1);
    c.accept(from, end, cue, null, null, audience, -1, -1, Rule.PASSIVE,
        Rule.PASSIVE.confidence());
  }

  private static boolean body(SentenceContext c, int k) {
    // looked up from the token's chars: a lower-cased string of it was an allocation per "told"
    return c.t.type(k) == TokenType.WORD && BODIES.hasLower(c.t, k);
  }

  /** The start of the body's phrase: "the", "Southwark Crown", "the two-day". */
  private static int subjectStart(SentenceContext c, int head) {
    int j = head;
    while (j - 1 >= c.s.first() && c.t.depth(j - 1) == 0 && head - j < 4
        && (c.t.cap(j - 1) && c.t.type(j - 1) == TokenType.WORD || c.t.is(j - 1, "the"))) {
      j--;
      if (c.t.is(j, "the")) {
        break;
      }
    }
    return j;
  }
}
