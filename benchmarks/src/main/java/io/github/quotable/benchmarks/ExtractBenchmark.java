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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link QuoteExtractor#extract} over real news: one operation extracts every
 * article of the corpus once, so MB/s = ops/s × the corpus size in MB (Speed prints it). One
 * extractor is shared by all threads, as the API promises it can be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 6) // C2 needs ~30 CPU-seconds (~30 corpus passes) to settle
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class ExtractBenchmark {
  private QuoteExtractor extractor;
  private List<String> articles;

  @Setup
  public void setUp() {
    articles = Corpus.load().articles();
    extractor = QuoteExtractor.builder().build();
  }

  /** The corpus on one thread. */
  @Benchmark
  @Threads(1)
  public int oneThread() {
    return extractAll();
  }

  /** The corpus on each of two threads at once, sharing the extractor. */
  @Benchmark
  @Threads(2)
  public int twoThreads() {
    return extractAll();
  }

  private int extractAll() {
    int quotations = 0;
    for (String a : articles) {
      quotations += extractor.extract(a).quotations().size();
    }
    return quotations;
  }
}
