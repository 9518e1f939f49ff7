package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.text.TokenType;

/** "“Imagination is more important than knowledge.” — Albert Einstein" */
final class DashSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    // the dash follows a quotation's closing mark
    for (int i = c.quotesFrom + 1; i + 1 < c.s.end(); i++) {
      if (c.t.type(i) != TokenType.DASH || c.t.depth(i) > 0) {
        continue;
      }
      QuotedSpan q = c.doc.topSpanAt(i - 1);
      if (q == null || q.close != i - 1 || q.outerFirst() < c.s.first()) {
        continue;
      }
      Phrase src = c.np.after(i + 1, c.s.end());
      if (src == null || src.kind() != Phrase.Kind.NAME || !endsSentence(c, src.end())
          || c.t.lower(src.first())) {
        // "“…” — a metaphor for the party's drift": an appositive, not a byline
        continue;
      }
      Cue cue = new Cue(Cue.Type.DASH, i, i, i + 1, null, null);
      c.accept(q.outerFirst(), q.outerEnd(), cue, src, null, null, -1, -1, Rule.DASH,
          Rule.DASH.confidence());
    }
  }

  private static boolean endsSentence(SentenceContext c, int k) {
    for (; k < c.s.end(); k++) {
      if (c.t.type(k) == TokenType.WORD) {
        return false;
      }
    }
    return true;
  }
}
