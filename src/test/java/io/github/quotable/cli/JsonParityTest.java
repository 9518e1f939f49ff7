package io.github.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.QuoteExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ArticleQuotes.toJson()} is, byte for byte, what the command line writes. */
class JsonParityTest {
  /** Quotation marks, a backslash, a tab, non-ASCII letters and an emoji: escaping matters. */
  private static final String ARTICLE = "“We paid \"fair\" wages,\tnot C:\\lower ones,” said"
      + " Mayor Zoë Brandt-Øster.\n\nThe union’s leader, Ana Ruiz, said the offer was “an"
      + " insult 😠.”\n\nMost dockers believe the strike will last.\n";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(args);
  }

  @Test
  void theFileTheCommandLineWritesIsToJson(@TempDir Path dir) throws IOException {
    Path article = Files.writeString(dir.resolve("strike.txt"), ARTICLE, StandardCharsets.UTF_8);
    Path preds = dir.resolve("preds");
    assertThat(run("--json", "--out", preds.toString(), article.toString())).isZero();
    String expected = QuoteExtractor.builder().build().extract(ARTICLE).toJson();
    assertThat(expected).contains("\\\"fair\\\"").contains("\\t").contains("C:\\\\lower");
    assertThat(Files.readString(preds.resolve("strike.json"), StandardCharsets.UTF_8))
        .isEqualTo(expected);
  }

  @Test
  void jsonOnStandardOutputIsToJsonWithTheSameSettings(@TempDir Path dir) throws IOException {
    Path article = Files.writeString(dir.resolve("strike.txt"), ARTICLE, StandardCharsets.UTF_8);
    assertThat(run("--json", "--kinds", "SPEECH", "--min-confidence", "0.5",
        article.toString())).isZero();
    String expected = QuoteExtractor.builder().kinds(io.github.quotable.QuoteKind.SPEECH)
        .minConfidence(0.5).build().extract(ARTICLE).toJson();
    assertThat(expected).doesNotContain("THOUGHT").contains("\"quotes\": [\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
