package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.mentions.Phrase;

/** "Romeo: “Is the day so young?”": a short source phrase, a colon, then a quotation. */
final class ColonSieve implements Sieve {
  private static final int MAX_SOURCE = 8;

  @Override
  public void apply(SentenceContext c) {
    for (int i = c.s.first() + 1; i + 1 < c.s.end() && i - c.s.first() <= MAX_SOURCE; i++) {
      if (c.t.depth(i) > 0 || !c.t.isChar(i, ':')) {
        continue;
      }
      if (!c.clauses.opensQuote(i + 1)) {
        return;
      }
      Phrase src = c.np.before(i, c.s.first());
      if (src == null || src.first() != c.s.first() || src.kind() == Phrase.Kind.RELATIVE) {
        return;
      }
      Cue cue = new Cue(Cue.Type.COLON, i, i, i + 1, null, null);
      int end = c.clauses.contentEnd(i + 1, c.s.end());
      c.accept(i + 1, end, cue, src, null, null, -1, -1, Rule.COLON, Rule.COLON.confidence());
      return;
    }
  }
}
