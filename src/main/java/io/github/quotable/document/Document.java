package io.github.quotable.document;

import com.google.common.collect.ImmutableList;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;
import java.util.Arrays;

/**
 * A text read once into tokens, paragraphs, sentences and quoted spans; what every later stage
 * works on. Immutable after {@link DocumentReader} builds it.
 */
public final class Document {
  private final String text;
  private final Tokens tokens;
  private final Vocabulary vocabulary;
  private final ImmutableList<QuotedSpan> spans;
  private final ImmutableList<Sentence> sentences;
  private final int[] topSpanOf;

  Document(String text, Tokens tokens, Vocabulary vocabulary, ImmutableList<QuotedSpan> spans,
      ImmutableList<Sentence> sentences) {
    this.text = text;
    this.tokens = tokens;
    this.vocabulary = vocabulary;
    this.spans = spans;
    this.sentences = sentences;
    this.topSpanOf = new int[tokens.size()];
    Arrays.fill(topSpanOf, -1);
    for (int k = 0; k < spans.size(); k++) {
      QuotedSpan s = spans.get(k);
      if (s.isTopLevel()) {
        for (int i = s.outerFirst(); i < s.outerEnd(); i++) {
          topSpanOf[i] = k;
        }
      }
    }
  }

  public String text() {
    return text;
  }

  public Tokens tokens() {
    return tokens;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** All quoted spans, nested ones included, in order of their opening. */
  public ImmutableList<QuotedSpan> spans() {
    return spans;
  }

  public ImmutableList<Sentence> sentences() {
    return sentences;
  }

  /** The sentence holding token i. */
  public Sentence sentenceOf(int i) {
    return sentences.get(tokens.sentence(i));
  }

  /** The top-level quoted span whose marks or content hold token i, or null (also when i is
   *  outside the document). */
  public QuotedSpan topSpanAt(int i) {
    if (i < 0 || i >= topSpanOf.length) {
      return null;
    }
    int k = topSpanOf[i];
    return k < 0 ? null : spans.get(k);
  }
}
