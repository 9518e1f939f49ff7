package io.github.quotable.spark;

import io.github.quotable.QuoteExtractor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extractors of this JVM, one per settings: an executor builds its extractor when its first
 * partition needs it and shares it with every task thread after that (extractors are immutable
 * and thread-safe), so the lexicons are read once per executor, not once per record or task.
 */
final class Extractors {
  private static final Map<ExtractorSettings, QuoteExtractor> BUILT = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private Extractors() {}

  static QuoteExtractor get(ExtractorSettings settings) {
    return BUILT.computeIfAbsent(settings, s -> {
      BUILDS.incrementAndGet();
      return s.build();
    });
  }

  /** How many extractors this JVM has built so far; tests check that it stays at one. */
  static int builds() {
    return BUILDS.get();
  }
}
