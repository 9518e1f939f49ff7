package io.github.quotable.cli;

import io.github.quotable.QuoteExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation entry point: extracts every article of a gold folder into a prediction folder
 * (exactly as the command line would) and runs the project's scorer on it, printing its
 * figures.
 *
 * <pre>
 * java -cp target/quotable-cli.jar io.github.quotable.cli.Evaluate GOLD_DIR
 *     [--out PRED_DIR] [--scorer ../shared/eval/score.py] [scorer options...]
 * </pre>
 *
 * Scorer options (--verbose, --json, --min-confidence=X, --only-types=...) are passed on.
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    Path gold = null;
    Path pred = null;
    Path scorer = Path.of("../shared/eval/score.py");
    List<String> passOn = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> pred = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--scorer" -> scorer = i + 1 < args.length ? Path.of(args[++i]) : scorer;
        default -> {
          if (args[i].startsWith("--")) {
            passOn.add(args[i]);
          } else if (gold == null) {
            gold = Path.of(args[i]);
          } else {
            err.println("evaluate: unexpected argument " + args[i]);
            return 2;
          }
        }
      }
    }
    if (gold == null || !Files.isDirectory(gold)) {
      err.println("evaluate: give a gold folder (NAME.txt with NAME.gold.json), e.g. "
          + "../shared/corpus/polnear-dev");
      return 2;
    }
    if (!Files.isRegularFile(scorer)) {
      err.println("evaluate: no scorer at " + scorer + " (use --scorer PATH)");
      return 2;
    }
    if (pred == null) {
      pred = Files.createTempDirectory("quotable-pred-");
    }
    Inputs inputs = new Inputs(err);
    List<Path> files = inputs.expand(gold);
    if (!inputs.prepareOutput(pred, files)) {
      return 1;
    }
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    for (Path f : files) {
      String text = inputs.read(f);
      if (text != null) {
        inputs.writeJson(pred, f, extractor.extract(text).toJson());
      }
    }
    List<String> command = new ArrayList<>(List.of("python3", scorer.toString(),
        gold.toString(), pred.toString()));
    command.addAll(passOn);
    Process p = new ProcessBuilder(command).inheritIO().start();
    int status = p.waitFor();
    out.println("predictions: " + pred);
    return status == 0 && !inputs.failed() ? 0 : 1;
  }
}
