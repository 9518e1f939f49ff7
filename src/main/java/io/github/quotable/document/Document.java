package io.github.quotable.document;

import com.google.common.collect.ImmutableList;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;

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
  /** By token, its top-level span (null if none), read without going through the list. */
  private final QuotedSpan[] topSpanOf;

  Document(String text, Tokens tokens, Vocabulary vocabulary, ImmutableList<QuotedSpan> spans,
      ImmutableList<Sentence> sentences) {
    this.text = text;
    this.tokens = tokens;
    this.vocabulary = vocabulary;
    this.spans = spans;
    this.sentences = sentences;
    this.topSpanOf = new QuotedSpan[tokens.size()];
    for (QuotedSpan s : spans) {
      if (s.isTopLevel()) {
        for (int i = s.outerFirst(); i < s.outerEnd(); i++) {
          topSpanOf[i] = s;
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
    return topSpanOf[i];
  }
}
