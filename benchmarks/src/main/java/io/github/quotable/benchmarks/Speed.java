package io.github.quotable.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's allocation profiler ({@code -prof gc}) and prints, after JMH's
 * own tables, what they mean for the targets: MB/s on one and two threads, allocation
 * per MB, and the cost of one 10 MB article against ten of 1 MB.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                 # everything, then the summary
 * java -jar benchmarks/target/benchmarks.jar ExtractBenchmark -wi 2 -i 3   # JMH options
 * java -Dquotable.corpus=DIR -jar benchmarks/target/benchmarks.jar        # another corpus
 * </pre>
 *
 * Options are JMH's; {@code -h}, {@code -l} and the other listing options are passed to JMH.
 */
public final class Speed {
  private Speed() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams()
        || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(Speed.class.getPackageName() + ".*Benchmark");
    }
    if (cli.getProfilers().isEmpty()) {
      options.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Corpus corpus = Corpus.load();
    System.out.println();
    System.out.print(new Summary(corpus, results).text());
  }
}
