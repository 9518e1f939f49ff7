package io.github.quotable.pipeline;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteKind;
import io.github.quotable.attribution.Attribution;
import io.github.quotable.attribution.Attributor;
import io.github.quotable.document.Document;
import io.github.quotable.document.DocumentReader;
import io.github.quotable.entities.Entity;
import io.github.quotable.entities.EntityResolver;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.text.Scratch;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages in the order data flows: read the document, find attributions with the sieves,
 * resolve their speakers, assemble the immutable result. Holds only immutable configuration,
 * so one instance serves any number of threads.
 */
public final class Pipeline {
  private final DocumentReader reader;
  private final Set<QuoteKind> kinds;
  private final double minConfidence;
  /** Each thread's arrays for reading a text, kept from one text to the next. */
  private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>() {
    @Override
    protected Scratch initialValue() {
      return new Scratch();
    }
  };

  public Pipeline(Vocabulary vocabulary, Set<QuoteKind> kinds, double minConfidence) {
    this.reader = new DocumentReader(vocabulary);
    this.kinds = Set.copyOf(kinds);
    this.minConfidence = minConfidence;
  }

  public ArticleQuotes run(String text) {
    // the result keeps nothing of the document, so the next text may reuse its arrays
    Document doc = reader.read(text, SCRATCH.get());
    NounPhrases np = new NounPhrases(doc.tokens()); // one for both stages: it remembers names
    List<Attribution> attributions = Attributor.attribute(doc, np);
    Map<Attribution, Entity> speakers = EntityResolver.resolve(doc, np, attributions);
    return new ResultAssembler(doc, speakers, kinds, minConfidence).assemble(attributions);
  }
}
