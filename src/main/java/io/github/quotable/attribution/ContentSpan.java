package io.github.quotable.attribution;

import io.github.quotable.QuoteType;
import io.github.quotable.document.Document;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;

/**
 * The characters of an attribution's content and its type: DIRECT when every word lies inside
 * quotation marks (the span then excludes the marks), MIXED when some do (the span keeps
 * them), INDIRECT otherwise. A leading "that" (the complementizer, not the subject of
 * "that was …") and surrounding punctuation are left out.
 *
 * @param type direct, indirect or mixed
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record ContentSpan(QuoteType type, int start, int end) {

  /** The content of tokens [first, end), or null if nothing is left after trimming. */
  public static ContentSpan of(Document doc, int first, int end) {
    Tokens t = doc.tokens();
    if (connective(t, first, end)) {
      first += 2; // the adverb and its comma
    }
    while (first < end && t.depth(first) == 0 && (leadingPunctuation(t, first)
        || t.is(first, "that") && first + 1 < end && !t.isAny(first + 1, Words.AUXILIARIES))) {
      // but "that was a mistake": the demonstrative is the clause's subject
      first++;
    }
    while (end > first && (trailingPunctuation(t, end - 1)
        || t.isChar(end - 1, ')') && t.depth(end - 1) == 0 && !opened(t, first, end - 1))) {
      end--; // "(The firm denied the reports.)": the bracket opened before the content
    }
    if (first >= end) {
      return null;
    }
    QuotedSpan firstQuote = null;
    QuotedSpan lastQuote = null;
    boolean outside = false;
    for (int k = first; k < end; k++) {
      QuotedSpan q = doc.topSpanAt(k);
      if (q != null) {
        firstQuote = firstQuote == null ? q : firstQuote;
        lastQuote = q;
        k = Math.max(k, q.outerEnd() - 1);
      } else if (t.type(k) == TokenType.WORD || t.type(k) == TokenType.NUMBER) {
        outside = true;
      }
    }
    if (firstQuote == null) {
      return new ContentSpan(QuoteType.INDIRECT, t.start(first), t.end(end - 1));
    }
    if (!outside) {
      int s = Math.min(firstQuote.contentStart, firstQuote.contentEnd);
      if (first > firstQuote.first && first < firstQuote.end) {
        s = Math.max(s, t.start(first)); // after a transcript's "WALLACE:" inside the marks
      }
      int e = Math.max(s, lastQuote.contentEnd);
      return e > s ? new ContentSpan(QuoteType.DIRECT, s, e) : null;
    }
    int s = Math.min(t.start(first), t.start(firstQuote.outerFirst()));
    int e = Math.max(t.end(end - 1), t.end(lastQuote.outerEnd() - 1));
    return new ContentSpan(QuoteType.MIXED, s, e);
  }

  /**
   * Punctuation that ends a clause, not its content: not a closing bracket, nor the per cent
   * sign of "growth of 0.2%".
   */
  static boolean trailingPunctuation(Tokens t, int i) {
    return t.depth(i) == 0 && (t.type(i) == TokenType.PUNCT && !t.isChar(i, ')')
        && !t.isChar(i, '%') || t.type(i) == TokenType.DASH);
  }

  /** Whether [first, end) leaves a round bracket open. */
  private static boolean opened(Tokens t, int first, int end) {
    int open = 0;
    for (int k = first; k < end; k++) {
      open += t.isChar(k, '(') ? 1 : t.isChar(k, ')') && open > 0 ? -1 : 0;
    }
    return open > 0;
  }

  /**
   * "Still," or "However," opening the sentence ("Still, the plan, he said, will fail"): the
   * writer's link to the sentence before, not part of what was said. Only capitalised, outside
   * quotation marks and before a comma ("Still more voters …" is content).
   */
  private static boolean connective(Tokens t, int i, int end) {
    return i + 2 < end && t.depth(i) == 0 && t.cap(i) && LINKING_ADVERBS.has(t, i)
        && Words.comma(t, i + 1);
  }

  private static final WordSet LINKING_ADVERBS = WordSet.of("Still", "Yet", "However",
      "Moreover", "Nevertheless", "Nonetheless", "Indeed", "Also", "Furthermore");

  private static boolean leadingPunctuation(Tokens t, int i) {
    return t.type(i) == TokenType.PUNCT && !t.isChar(i, '(') && !t.isChar(i, '[')
        || t.type(i) == TokenType.DASH || Words.terminal(t, i);
  }
}
