package io.github.quotable.robust;

import java.util.List;
import java.util.Locale;

/**
 * The long fuzz run: mutations of real articles (the project's sample article and, when
 * present, every article of {@code ../shared/corpus}) through one extractor shared by several
 * threads, checking every result. Exit status 0 when no input failed.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.mainClass=io.github.quotable.robust.FuzzRun \
 *     -Dexec.args="1000000 2 1"        # inputs, threads, seed
 * </pre>
 *
 * A failure names its input number; {@code FuzzRun N 1 SEED} with {@code -Dquotable.fuzz.only=I}
 * replays input I alone.
 */
public final class FuzzRun {
  private FuzzRun() {}

  public static void main(String[] args) throws InterruptedException {
    long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    List<String> articles = FuzzInputs.seedArticles(Integer.MAX_VALUE);
    FuzzInputs inputs = new FuzzInputs(articles, seed);
    String only = System.getProperty("quotable.fuzz.only");
    if (only != null) {
      String text = inputs.input(Long.parseLong(only));
      System.out.println("input " + only + ": " + text.length() + " chars");
      System.out.println(io.github.quotable.ResultInvariants.violations(text,
          io.github.quotable.QuoteExtractor.builder().build().extract(text)));
      return;
    }
    System.out.printf(Locale.ROOT, "fuzz: %,d inputs from %d seed articles, %d threads,"
        + " seed %d%n", count, articles.size(), threads, seed);
    long start = System.nanoTime();
    Fuzzer fuzzer = new Fuzzer(inputs, threads, 10_000);
    List<String> failures = fuzzer.run(count, Math.max(1, count / 20), n -> System.out.printf(
        Locale.ROOT, "  %,d inputs, %.0f s%n", n, (System.nanoTime() - start) / 1e9));
    double seconds = (System.nanoTime() - start) / 1e9;
    failures.stream().limit(50).forEach(f -> System.out.println("FAIL " + f));
    System.out.printf(Locale.ROOT, "fuzz: %,d inputs, %d failures, %.0f s (%.0f inputs/s)%n",
        fuzzer.done(), failures.size(), seconds, fuzzer.done() / seconds);
    System.exit(failures.isEmpty() ? 0 : 1);
  }
}
