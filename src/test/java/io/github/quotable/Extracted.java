package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The default extractor's reading of a test sentence, each result checked by
 * {@link ResultInvariants} first: the helpers the pipeline-level tests share.
 */
final class Extracted {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private Extracted() {}

  /** The quotations of the text, in text order. */
  static List<Quotation> quotations(String text) {
    return ResultInvariants.check(text, EXTRACTOR.extract(text)).quotations();
  }

  /** The one quotation of the text (fails the test if there is not exactly one). */
  static Quotation only(String text) {
    List<Quotation> qs = quotations(text);
    assertThat(qs).hasSize(1);
    return qs.get(0);
  }
}
