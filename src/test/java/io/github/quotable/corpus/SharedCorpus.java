package io.github.quotable.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared corpora and scorer live ({@code ../shared}, next to the project), and the
 * assumption that skips a test, with a message saying so, on a clone that lacks them.
 */
final class SharedCorpus {
  static final Path ROOT = Path.of(System.getProperty("quotable.shared", "../shared"));
  static final Path SCORER = ROOT.resolve("eval/score.py");

  private SharedCorpus() {}

  static Path require(String set) {
    Path dir = ROOT.resolve("corpus").resolve(set);
    Assumptions.assumeTrue(Files.isDirectory(dir),
        () -> "skipped: " + dir.toAbsolutePath().normalize() + " is absent (the shared corpora"
            + " live beside the project in CI; a fresh clone has no ../shared)");
    return dir;
  }

  static void requireScorer() {
    Assumptions.assumeTrue(Files.isRegularFile(SCORER),
        () -> "skipped: no scorer at " + SCORER.toAbsolutePath().normalize());
    Assumptions.assumeTrue(python3(), "skipped: python3 is not on the PATH");
  }

  private static boolean python3() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
