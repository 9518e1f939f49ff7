package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.mentions.Phrase;

/**
 * A colon introducing a quotation, with no cue verb before it: "Romeo: “Is the day so
 * young?”" (a short source phrase, then the colon), or "His colleague was blunter: “…”" (the
 * sentence's subject is the source).
 */
final class ColonSieve implements Sieve {
  private static final int MAX_LEAD = 14;

  @Override
  public void apply(SentenceContext c) {
    for (int i = c.s.first() + 1; i + 1 < c.s.end() && i - c.s.first() <= MAX_LEAD; i++) {
      if (c.t.depth(i) > 0 || !c.t.isChar(i, ':')) {
        continue;
      }
      if (!c.clauses.opensQuote(i + 1) || cueBefore(c, i)) {
        return;
      }
      Phrase src = c.np.before(i, c.s.first());
      Rule rule = Rule.COLON;
      if (src == null || src.first() != c.s.first()) {
        src = c.np.after(c.s.first(), i);
        rule = Rule.COLON_AFTER_SUBJECT;
      }
      if (src == null || src.kind() == Phrase.Kind.RELATIVE) {
        return;
      }
      Cue cue = new Cue(Cue.Type.COLON, i, i, i + 1, null, null);
      int end = c.clauses.contentEnd(i + 1, c.s.end());
      c.accept(i + 1, end, cue, src, null, null, -1, -1, rule, rule.confidence());
      return;
    }
  }

  private static boolean cueBefore(SentenceContext c, int colon) {
    for (Cue cue : c.cues) {
      if (cue.head() < colon) {
        return true;
      }
    }
    return false;
  }
}
