package io.github.quotable.benchmarks;

import io.github.quotable.QuoteExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether cost is linear in article size: ten articles of 1 MB each, and one article of 10 MB
 * that is exactly those ten joined by blank lines, all made by concatenating real articles.
 * Linear cost means the two take about the same time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 5) // long enough for the JIT to finish compiling
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SizeBenchmark {
  static final int PIECES = 10;
  static final long PIECE_BYTES = 1_000_000;

  private QuoteExtractor extractor;
  private List<String> pieces;
  private String whole;

  @Setup
  public void setUp() {
    pieces = Corpus.load().concatenated(PIECES, PIECE_BYTES);
    whole = String.join("\n\n", pieces);
    extractor = QuoteExtractor.builder().build();
  }

  /** Ten articles of 1 MB, one after the other. */
  @Benchmark
  public int tenArticlesOf1MB() {
    int quotations = 0;
    for (String p : pieces) {
      quotations += extractor.extract(p).quotations().size();
    }
    return quotations;
  }

  /** The same text as one article of 10 MB. */
  @Benchmark
  public int oneArticleOf10MB() {
    return extractor.extract(whole).quotations().size();
  }
}
