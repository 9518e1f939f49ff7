package io.github.quotable.spark;

import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the executors need to build the driver's extractor: the job ships these few values, not
 * an extractor, and each executor builds its own once.
 *
 * @param minConfidence report only quotations at least this confident (0 to 1)
 * @param kinds report only these kinds of quotation; not empty
 */
record ExtractorSettings(double minConfidence, Set<QuoteKind> kinds) implements Serializable {

  ExtractorSettings {
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** The library's defaults: every kind, no confidence cut-off. */
  static ExtractorSettings defaults() {
    return new ExtractorSettings(0, EnumSet.allOf(QuoteKind.class));
  }

  QuoteExtractor build() {
    QuoteKind[] k = kinds.toArray(new QuoteKind[0]);
    return QuoteExtractor.builder()
        .minConfidence(minConfidence)
        .kinds(k[0], Arrays.copyOfRange(k, 1, k.length))
        .build();
  }
}
