package io.github.quotable.spark;

import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The job's command line, parsed; a bad one raises {@link UsageException} with a one-line reason.
 *
 * @param input a JSON Lines file or folder of them, or with {@code textFiles} a folder of
 *     {@code *.txt} articles
 * @param output the folder to write
 * @param textFiles whether the input is text files rather than JSON Lines
 * @param json whether to write JSON Lines rather than Parquet
 * @param overwrite whether to replace an existing output folder
 * @param partitions how many partitions to spread the articles over; 0 to decide from the input
 * @param settings the extractor's settings
 * @param help whether only the usage was asked for
 */
record JobOptions(String input, String output, boolean textFiles, boolean json,
    boolean overwrite, int partitions, ExtractorSettings settings, boolean help) {

  static final String USAGE = """
      usage: QuoteJob [--text] [--json] [--overwrite] [--partitions N] [--min-confidence X] \
      [--kinds SPEECH,THOUGHT,EVIDENCE] INPUT OUTPUT
        INPUT           JSON Lines of articles ({"id": ..., "text": ...}; other fields ignored)
        OUTPUT          a folder: one row per quotation, Parquet unless --json
        --text          INPUT is a folder of NAME.txt articles instead; each one's id is NAME
        --json          write JSON Lines instead of Parquet
        --overwrite     replace OUTPUT if it exists (by default the job refuses)
        --partitions N  spread the articles over N partitions (default: as read, and at least
                        as many as Spark's default parallelism)
        --min-confidence X  report only quotations with confidence >= X (0..1)
        --kinds K,...   report only these kinds of attribution""";

  static JobOptions parse(String... args) throws UsageException {
    boolean textFiles = false;
    boolean json = false;
    boolean overwrite = false;
    boolean help = false;
    int partitions = 0;
    double minConfidence = 0;
    Set<QuoteKind> kinds = EnumSet.allOf(QuoteKind.class);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--text" -> textFiles = true;
        case "--json" -> json = true;
        case "--overwrite" -> overwrite = true;
        case "-h", "--help" -> help = true;
        case "--partitions" -> partitions = partitions(value(args, ++i, arg));
        case "--min-confidence" -> minConfidence = confidence(value(args, ++i, arg));
        case "--kinds" -> kinds = kinds(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("--")) {
            throw new UsageException("unknown option " + arg + " (see --help)");
          }
          paths.add(arg);
        }
      }
    }
    ExtractorSettings settings = new ExtractorSettings(minConfidence, kinds);
    if (help) {
      return new JobOptions("", "", textFiles, json, overwrite, partitions, settings, true);
    }
    if (paths.size() != 2) {
      throw new UsageException("expected INPUT and OUTPUT, got " + paths.size() + " path"
          + (paths.size() == 1 ? "" : "s") + " (see --help)");
    }
    return new JobOptions(paths.get(0), paths.get(1), textFiles, json, overwrite, partitions,
        settings, false);
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int partitions(String v) throws UsageException {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--partitions takes a whole number above 0, not " + v);
  }

  private static double confidence(String v) throws UsageException {
    try {
      double d = Double.parseDouble(v);
      QuoteExtractor.builder().minConfidence(d);
      return d;
    } catch (IllegalArgumentException e) {
      throw new UsageException("--min-confidence takes a number from 0 to 1, not " + v);
    }
  }

  private static Set<QuoteKind> kinds(String v) throws UsageException {
    try {
      return QuoteKind.parseList(v);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--kinds: " + e.getMessage());
    }
  }

  /** A command line that cannot be run. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
