package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The usage example in {@code package-info.java} compiles and does what it says: its ten lines
 * are the body of {@link #example} below, run here, and a test fails when the two copies differ.
 */
class PackageInfoExampleTest {
  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final Path PACKAGE_INFO =
      BASE.resolve("src/main/java/io/github/quotable/package-info.java");
  private static final Path THIS_FILE =
      BASE.resolve("src/test/java/io/github/quotable/PackageInfoExampleTest.java");

  private static final String ARTICLE = "“We will reopen the port on Monday,” said Mayor Ines"
      + " Duarte.\n\nMost dockers believe the delay was avoidable.\n\n"
      + "The port authority said repairs had cost $4 million.\n";

  /** The example of package-info.java, line for line; keep the two in step. */
  @SuppressWarnings("unused")
  private static String example(String articleText) {
    // example:begin
    QuoteExtractor extractor = QuoteExtractor.builder()
        .kinds(QuoteKind.SPEECH)                  // leave out thoughts and findings
        .minConfidence(0.5)                       // the measured precision of the rule, 0..1
        .build();                                 // immutable and thread-safe: share it
    ArticleQuotes result = extractor.extract(articleText);
    for (Quotation q : result.quotations()) {
      String who = q.speaker().map(Speaker::toString).orElse("(unknown)");
      System.out.println(q.type() + " " + q.content().text() + " — " + who);
    }
    String json = result.toJson();                // exactly what the command line writes
    // example:end
    return json;
  }

  @Test
  void theExamplePrintsSpeechWithItsSpeakersAndReturnsTheJson() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String json;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      json = example(ARTICLE);
    } finally {
      System.setOut(saved);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
        .contains("DIRECT We will reopen the port on Monday, — Ines Duarte (PERSON) [Mayor]")
        .noneMatch(line -> line.contains("dockers"));
    assertThat(json).startsWith("{\"quotes\": [").contains("\"text\": \"Ines Duarte\"")
        .doesNotContain("THOUGHT");
  }

  @Test
  void packageInfoShowsTheSameTenLines() throws IOException {
    List<String> documented = between(PACKAGE_INFO, Pattern.compile("<pre>\\{@code\\s*$"),
        Pattern.compile("^\\s*\\*\\s*}</pre>"), Pattern.compile("^\\s*\\* ?"));
    List<String> tested = between(THIS_FILE, Pattern.compile("^\\s*// example:begin$"),
        Pattern.compile("^\\s*// example:end$"), Pattern.compile("^ {4}"));
    assertThat(documented).hasSize(10).isEqualTo(tested);
  }

  /** The lines strictly between the first line matching {@code begin} and the next {@code end}. */
  private static List<String> between(Path file, Pattern begin, Pattern end, Pattern prefix)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int from = indexOf(lines, begin, 0, file) + 1;
    int to = indexOf(lines, end, from, file);
    return lines.subList(from, to).stream()
        .map(l -> prefix.matcher(l).replaceFirst("").stripTrailing())
        .toList();
  }

  private static int indexOf(List<String> lines, Pattern p, int from, Path file) {
    for (int i = from; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    throw new AssertionError("no line of " + file + " matches " + p);
  }
}
