package io.github.quotable.cli;

import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The parsed command line; a bad one raises {@link UsageException} with a one-line reason. */
final class Arguments {
  boolean json;
  boolean help;
  Path out;
  double minConfidence;
  Set<QuoteKind> kinds = EnumSet.allOf(QuoteKind.class);
  final List<String> inputs = new ArrayList<>();

  static final String USAGE = """
      usage: java -jar quotable-cli.jar [--json] [--out DIR] [--min-confidence X] \
      [--kinds SPEECH,THOUGHT,EVIDENCE] INPUT...
        INPUT          an article (NAME.txt), a folder of *.txt articles, or - for standard input
        --json         write JSON (the scorer's prediction schema) instead of readable text
        --out DIR      write DIR/NAME.json for each NAME.txt (with --json)
        --min-confidence X  report only quotations with confidence >= X (0..1)
        --kinds K,...  report only these kinds of attribution""";

  static Arguments parse(String[] args) throws UsageException {
    Arguments a = new Arguments();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--json" -> a.json = true;
        case "-h", "--help" -> a.help = true;
        case "--out" -> a.out = path(value(args, ++i, arg));
        case "--min-confidence" -> a.minConfidence = confidence(value(args, ++i, arg));
        case "--kinds" -> a.kinds = kinds(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("--")) {
            throw new UsageException("unknown option " + arg + " (see --help)");
          }
          a.inputs.add(arg);
        }
      }
    }
    if (a.help) {
      return a;
    }
    if (a.inputs.isEmpty()) {
      throw new UsageException("no input given (an article, a folder of *.txt, or -)");
    }
    if (a.out != null && !a.json) {
      throw new UsageException("--out writes JSON files; add --json");
    }
    if (a.json && a.out == null && (a.inputs.size() > 1 || !a.inputs.get(0).equals("-")
        && java.nio.file.Files.isDirectory(path(a.inputs.get(0))))) {
      throw new UsageException("several articles need --out DIR for their JSON files");
    }
    return a;
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static Path path(String v) throws UsageException {
    try {
      return Path.of(v);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException("not a valid path: " + v.replace("\0", "\\0") + " ("
          + e.getReason() + ")");
    }
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
