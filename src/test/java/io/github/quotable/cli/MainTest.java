package io.github.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: outputs, exit codes, one-line errors. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsQuotationsReadably(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "“We won,” said Mayor Ellen Park.");
    assertThat(run(a.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("DIRECT  We won,")
        .contains("speaker: Ellen Park [Mayor]");
  }

  @Test
  void writesOneJsonFilePerArticleOfAFolder(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("one.txt"), "“Yes,” she said.");
    Files.writeString(in.resolve("two.txt"), "No quotations here.");
    Files.writeString(in.resolve("notes.md"), "ignored");
    Path outDir = dir.resolve("out");
    assertThat(run("--json", "--out", outDir.toString(), in.toString())).isZero();
    try (var files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("one.json", "two.json");
    }
    assertThat(Files.readString(outDir.resolve("two.json"))).isEqualTo("{\"quotes\": []}\n");
    assertThat(Files.readString(outDir.resolve("one.json"))).contains("\"type\": \"DIRECT\"");
  }

  @Test
  void unreadableInputIsNamedAndTheOthersStillProcessed(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "“Yes,” she said.");
    Path outDir = dir.resolve("out");
    int status = run("--json", "--out", outDir.toString(), dir.resolve("missing.txt").toString(),
        good.toString());
    assertThat(status).isEqualTo(1);
    assertThat(err()).contains("missing.txt").doesNotContain("Exception").hasLineCount(1);
    assertThat(outDir.resolve("good.json")).exists();
  }

  @Test
  void badArgumentsGiveOneLineAndExitTwo() {
    assertThat(run("--frobnicate", "x.txt")).isEqualTo(2);
    assertThat(err()).startsWith("quotable: unknown option --frobnicate").hasLineCount(1);
  }

  @Test
  void noInputIsABadCommandLine() {
    assertThat(run("--json")).isEqualTo(2);
    assertThat(err()).contains("no input");
  }

  @Test
  void neverWritesOverAnInput(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), "text");
    Path clash = Files.writeString(dir.resolve("a.json"), "precious");
    Files.copy(in, dir.resolve("a.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(run("--json", "--out", dir.toString(), in.toString(), clash.toString()))
        .isEqualTo(2);
    assertThat(err()).contains("would overwrite an input");
    assertThat(Files.readString(clash)).isEqualTo("text");
  }
}
