package io.github.quotable.document;

import com.google.common.collect.ImmutableList;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.marks.MarkPairer;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.text.Scratch;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.SentenceSplitter;
import io.github.quotable.text.Tokenizer;
import io.github.quotable.text.Tokens;
import java.util.BitSet;

/** Reads a text into a {@link Document}: tokens, quotation marks, then sentences. */
public final class DocumentReader {
  private final Tokenizer tokenizer;
  private final Vocabulary vocabulary;

  public DocumentReader(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.tokenizer = new Tokenizer(vocabulary);
  }

  /** The document of the text, its token arrays its own. */
  public Document read(String text) {
    return read(text, new Scratch());
  }

  /**
   * The document of the text, its token arrays lent by the scratch: valid until the scratch
   * serves another text.
   */
  public Document read(String text, Scratch scratch) {
    Tokens tokens = tokenizer.tokenize(text, scratch);
    ImmutableList<QuotedSpan> spans = MarkPairer.pair(tokens);
    BitSet quoted = new BitSet(tokens.size());
    for (QuotedSpan s : spans) {
      if (s.isTopLevel()) {
        // a closed span may end its sentence at its last content token ("... win.” Then")
        quoted.set(s.outerFirst(), Math.max(s.outerFirst(), s.end - (s.closed() ? 1 : 0)));
      }
    }
    ImmutableList<Sentence> sentences = SentenceSplitter.split(tokens, quoted);
    return new Document(text, tokens, vocabulary, spans, sentences);
  }
}
