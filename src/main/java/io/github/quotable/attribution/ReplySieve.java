package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * A quotation named by a noun of answering after it: "“Never,” was her reply.", "“Not a
 * chance,” came the response from the minister.", "“We will see,” was Lee's curt answer." The
 * possessor or the phrase after "from" is the speaker; the noun is the cue.
 */
final class ReplySieve implements Sieve {

  /** Nouns that name what someone said in answer or as a judgement. */
  private static final WordSet NOUNS = WordSet.of("reply", "response", "answer", "retort",
      "rejoinder", "riposte", "verdict", "comeback");

  /** The verbs that join the quotation to the noun: "was her reply", "came the reply". */
  private static final WordSet LINKS = WordSet.of("was", "is", "came", "comes");

  /** Modifiers of the noun read past: "was her curt reply", "came the terse response". */
  private static final int MAX_MODIFIERS = 2;

  @Override
  public void apply(SentenceContext c) {
    int first = c.s.first();
    QuotedSpan q = c.doc.topSpanAt(first);
    if (q == null || !q.closed() || q.outerFirst() != first) {
      return;
    }
    int k = q.close + 1;
    if (k < c.s.end() && Words.comma(c.t, k)) {
      k++; // British style: "‘Never’, was her reply."
    } else if (!endsWithPause(c, q)) {
      return; // "“Fake news” was his phrase": no pause ends the quotation
    }
    if (k >= c.s.end() || !LINKS.has(c.t, k)) {
      return;
    }
    int i = k + 1;
    Phrase src = null;
    int owner = i;
    if (i < c.s.end() && c.t.is(i, WordClass.POSS) && c.t.lower(i)) {
      src = new Phrase(i, i + 1, i, i + 1, Phrase.Kind.PRONOUN, -1, -1);
      i++;
    } else if (i < c.s.end() && (c.t.is(i, "the") || c.t.is(i, "a"))) {
      i++;
    } else {
      int possessive = i;
      while (possessive < c.s.end() && possessive - i < 5
          && c.t.type(possessive) != TokenType.POSSESSIVE) {
        possessive++;
      }
      if (possessive >= c.s.end() || c.t.type(possessive) != TokenType.POSSESSIVE) {
        return;
      }
      src = c.np.after(owner, possessive); // "was Lee's answer"
      if (src == null || src.end() != possessive) {
        return;
      }
      i = possessive + 1;
    }
    int noun = i;
    while (noun < c.s.end() && noun - i < MAX_MODIFIERS && !NOUNS.has(c.t, noun)
        && c.t.lower(noun) && c.t.word(noun) == null) {
      noun++; // "her curt reply"
    }
    if (noun >= c.s.end() || !NOUNS.has(c.t, noun)) {
      return;
    }
    int after = noun + 1;
    if (src == null && after + 1 < c.s.end() && (c.t.is(after, "from") || c.t.is(after, "of"))) {
      src = c.np.after(after + 1, c.s.end()); // "came the reply from the minister"
      after = src == null ? after : src.end();
    }
    if (src == null || after < c.s.end() && !Words.terminal(c.t, after)) {
      return;
    }
    Cue cue = new Cue(Cue.Type.NOUN, noun, noun, noun + 1, null, null);
    c.accept(q.outerFirst(), q.outerEnd(), cue, src, null, null, -1, -1, Rule.REPLY,
        Rule.REPLY.confidence());
  }

  /** The quotation ends in a comma, "!" or "?" inside its closing mark. */
  private static boolean endsWithPause(SentenceContext c, QuotedSpan q) {
    int last = q.close - 1;
    return last >= q.first && (Words.comma(c.t, last) || c.t.isChar(last, '!')
        || c.t.isChar(last, '?'));
  }
}
