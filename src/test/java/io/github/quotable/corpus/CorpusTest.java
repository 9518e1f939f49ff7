package io.github.quotable.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.QuoteExtractor;
import io.github.quotable.ResultInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the shared corpora: every article of every set gives a valid result,
 * and the seed article meets the targets of issue 2 by the project's scorer.
 */
class CorpusTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  @Test
  void everyArticleGivesAValidResult() throws IOException {
    for (String set : List.of("seed", "polnear-dev", "polnear-train")) {
      Path dir = SharedCorpus.require(set);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          ResultInvariants.check(text, EXTRACTOR.extract(text));
        }
      }
    }
  }

  @Test
  void seedMeetsItsTargets(@TempDir Path pred) throws Exception {
    Path seed = SharedCorpus.require("seed");
    SharedCorpus.requireScorer();
    try (Stream<Path> files = Files.list(seed)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = f.getFileName().toString().replace(".txt", ".json");
        Files.writeString(pred.resolve(name), EXTRACTOR.extract(Files.readString(f)).toJson());
      }
    }
    Process p = new ProcessBuilder("python3", SharedCorpus.SCORER.toString(), seed.toString(),
        pred.toString(), "--json").redirectErrorStream(true).start();
    String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(json).isZero();
    assertThat(f1(json, "extraction")).isGreaterThanOrEqualTo(0.95);
    assertThat(f1(json, "attribution")).isGreaterThanOrEqualTo(0.90);
    assertThat(f1(json, "roles")).isGreaterThanOrEqualTo(0.80);
  }

  /** The F1 of one figure in the scorer's --json line: {"extraction": {"p":…, "f1": 0.9}}. */
  private static double f1(String json, String figure) {
    int at = json.indexOf("\"" + figure + "\"");
    int f1 = json.indexOf("\"f1\":", at);
    int end = json.indexOf('}', f1);
    return Double.parseDouble(json.substring(f1 + 5, end).trim());
  }
}
