package io.github.quotable.spark;

import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point: {@code QuoteJob [options] INPUT OUTPUT} reads articles, extracts
 * their quotations on the executors and writes one row per quotation (see {@code --help}).
 *
 * <p>Under {@code spark-submit} it runs on the master given there; started any other way without
 * a {@code spark.master} setting it runs in {@code local[*]}. It prints one line of counts and
 * throughput when done. Exit status 0 on success, 1 when the job failed (one line on standard
 * error says why), 2 for a bad command line.
 */
public final class QuoteJob {
  private QuoteJob() {}

  /**
   * Runs the job.
   *
   * @param args the command line, as {@code --help} describes it
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      err.println("quotable-spark: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.println(JobOptions.USAGE);
      return 0;
    }
    // A session that the caller already runs (a notebook, a test) is used and left running.
    boolean ours = SparkSession.getActiveSession().isEmpty()
        && SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = session();
    try {
      JobReport report = QuotationJob.run(spark, options);
      out.println("quotable-spark: " + report + "; wrote " + options.output());
      return 0;
    } catch (Exception e) {
      err.println("quotable-spark: " + reason(e));
      return 1;
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }

  private static SparkSession session() {
    SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "quotable-spark");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** The first line of the innermost cause: a failed task's own message, not Spark's wrapper. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
