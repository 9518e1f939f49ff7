package io.github.quotable.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.text.Scratch;
import io.github.quotable.text.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A scratch keeps no trace of the texts it served: a document read with arrays another text
 * wrote in (longer or shorter, with quotations or without) is the document read with new ones.
 */
class ScratchProperties {
  private static final DocumentReader READER = new DocumentReader(Vocabulary.defaults());

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("Mr.", "Smith", "said", "“", "”", "\"", "'",
        "the", "U.S.", "It", "was", "fine", ".", ",", "—", "\n\n", "she", "told", "Reuters",
        "according", "to", "(AP)", "WASHINGTON", "don't", "3.5", "…", "“We", "won.”");
    return words.list().ofMaxSize(400).map(w -> String.join(" ", w));
  }

  @Property(tries = 200)
  void aDocumentReadInUsedArraysIsTheDocumentReadInNewOnes(
      @ForAll("texts") String before, @ForAll("texts") String text) {
    Scratch scratch = new Scratch();
    READER.read(before, scratch);
    Document reused = READER.read(text, scratch);
    Document fresh = READER.read(text);
    assertThat(describe(reused)).isEqualTo(describe(fresh));
  }

  /** Everything later stages read of a document, token by token. */
  private static String describe(Document doc) {
    Tokens t = doc.tokens();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      sb.append(t.start(i)).append('-').append(t.end(i)).append(' ').append(t.type(i))
          .append(' ').append(t.shape(i)).append(' ').append(t.word(i)).append(' ')
          .append(t.sentence(i)).append(' ').append(t.depth(i)).append(' ')
          .append(t.paragraph(i)).append(' ').append(doc.topSpanAt(i)).append('\n');
    }
    return sb.append(doc.spans()).append(doc.sentences()).toString();
  }
}
