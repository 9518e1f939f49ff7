package io.github.quotable.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The benchmark results restated against the targets, in MB/s and ratios. */
final class Summary {
  private final Corpus corpus;
  private final Collection<RunResult> results;

  Summary(Corpus corpus, Collection<RunResult> results) {
    this.corpus = corpus;
    this.results = results;
  }

  String text() {
    StringBuilder sb = new StringBuilder("Speed summary (1 MB = 10^6 bytes of UTF-8 text)\n");
    sb.append(line("corpus", "%s, %d articles, %.2f MB", corpus.source(),
        corpus.articles().size(), corpus.megabytes()));
    Optional<RunResult> one = find("ExtractBenchmark.oneThread");
    Optional<RunResult> two = find("ExtractBenchmark.twoThreads");
    one.ifPresent(r -> sb.append(line("1 thread", "%.1f ± %.1f MB/s   (target ≥ 20)",
        mbPerSecond(r.getPrimaryResult().getScore()),
        mbPerSecond(r.getPrimaryResult().getScoreError()))));
    two.ifPresent(r -> sb.append(line("2 threads", "%.1f ± %.1f MB/s",
        mbPerSecond(r.getPrimaryResult().getScore()),
        mbPerSecond(r.getPrimaryResult().getScoreError()))));
    if (one.isPresent() && two.isPresent()) {
      sb.append(line("scaling", "%.2f×   (target ≥ 1.8)",
          two.get().getPrimaryResult().getScore() / one.get().getPrimaryResult().getScore()));
    }
    one.flatMap(r -> secondary(r, "gc.alloc.rate.norm")).ifPresent(a -> sb.append(line(
        "allocation", "%.1f MB allocated per MB of text", a.getScore() / corpus.bytes())));
    Optional<RunResult> ten = find("SizeBenchmark.tenArticlesOf1MB");
    Optional<RunResult> big = find("SizeBenchmark.oneArticleOf10MB");
    if (ten.isPresent() && big.isPresent()) {
      double t = ten.get().getPrimaryResult().getScore();
      double b = big.get().getPrimaryResult().getScore();
      sb.append(line("10 × 1 MB", "%.0f ms", t));
      sb.append(line("1 × 10 MB", "%.0f ms", b));
      sb.append(line("linearity", "%.2f× the time of ten 1 MB articles   (target ≤ 1.1)", b / t));
    }
    return sb.toString();
  }

  /** Operations per second of ExtractBenchmark, each the whole corpus, as MB/s. */
  private double mbPerSecond(double opsPerSecond) {
    return opsPerSecond * corpus.megabytes();
  }

  private Optional<RunResult> find(String benchmark) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)).findFirst();
  }

  private static Optional<Result> secondary(RunResult r, String label) {
    return Optional.ofNullable(r.getSecondaryResults().get(label));
  }

  private static String line(String label, String format, Object... args) {
    return String.format(Locale.ROOT, "  %-11s ", label)
        + String.format(Locale.ROOT, format, args) + System.lineSeparator();
  }
}
