package io.github.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never gives the command line a stack trace: binary files, invalid UTF-8,
 * folders, missing files and impossible paths are each named in one line on standard error,
 * with exit status 1, and the other inputs are still processed.
 */
class MainRobustnessTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(byte[] stdin, String... args) {
    return new Main(new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private int run(String... args) {
    return run(new byte[0], args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void assertNoStackTrace() {
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("Error:");
    assertThat(out()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static byte[] randomBytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void binaryFileIsReadAsTextWithAOneLineWarning(@TempDir Path dir) throws IOException {
    Path bin = Files.write(dir.resolve("image.txt"), randomBytes(200_000, 1));
    assertThat(run(bin.toString())).isZero();
    assertThat(err()).contains("image.txt").contains("not valid UTF-8").hasLineCount(1);
    assertNoStackTrace();
  }

  @Test
  void binaryFileAsJsonGivesValidJson(@TempDir Path dir) throws IOException {
    Path bin = Files.write(dir.resolve("noise.txt"), randomBytes(50_000, 2));
    assertThat(run("--json", bin.toString())).isZero();
    assertThat(out()).startsWith("{\"quotes\": [").endsWith("]}\n");
    assertThat(out().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertNoStackTrace();
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementCharacters(@TempDir Path dir) throws IOException {
    byte[] quote = "“Yes,” said Ann Lee. ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
        (byte) 0xF0, (byte) 0x9F, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF};
    byte[] bytes = new byte[quote.length + bad.length];
    System.arraycopy(bad, 0, bytes, 0, bad.length);
    System.arraycopy(quote, 0, bytes, bad.length, quote.length);
    Path f = Files.write(dir.resolve("bad.txt"), bytes);
    assertThat(run(f.toString())).isZero();
    assertThat(err()).contains("bad.txt: not valid UTF-8").hasLineCount(1);
    assertThat(out()).contains("Ann Lee");
    assertNoStackTrace();
  }

  @Test
  void invalidUtf8OnStandardInputIsNamedAsStandardInput() {
    byte[] bytes = {'"', 'H', 'i', ',', '"', ' ', (byte) 0xFE, ' ', 's', 'a', 'i', 'd',
        ' ', 'A', 'n', 'n', '.'};
    assertThat(run(bytes, "-")).isZero();
    assertThat(err()).contains("standard input: not valid UTF-8").hasLineCount(1);
    assertNoStackTrace();
  }

  @Test
  void missingFileIsNamedAndTheExitStatusIsOne(@TempDir Path dir) {
    assertThat(run(dir.resolve("gone.txt").toString())).isEqualTo(1);
    assertThat(err()).contains("gone.txt: cannot read it: no such file").hasLineCount(1);
    assertNoStackTrace();
  }

  @Test
  void folderWithoutArticlesIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.md"), "no articles");
    assertThat(run(dir.toString())).isEqualTo(1);
    assertThat(err()).contains("is a folder with no *.txt articles").hasLineCount(1);
    assertNoStackTrace();
  }

  @Test
  void folderNamedLikeAnArticleInsideAFolderIsSkipped(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("fake.txt"));
    Files.writeString(dir.resolve("real.txt"), "“Yes,” she said.");
    assertThat(run(dir.toString())).isZero();
    assertThat(out()).contains("DIRECT  Yes,");
    assertNoStackTrace();
  }

  @Test
  void folderGivenAsAnArticleIsReadAsAFolder(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("looks-like.txt"));
    Files.writeString(folder.resolve("a.txt"), "“Yes,” she said.");
    assertThat(run(folder.toString())).isZero();
    assertThat(out()).contains("DIRECT  Yes,");
  }

  @Test
  void emptyFileGivesNoQuotations(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThat(run("--json", empty.toString())).isZero();
    assertThat(out()).isEqualTo("{\"quotes\": []}\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void impossiblePathIsNamedWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "“Yes,” she said.");
    assertThat(run("bad\0name.txt", good.toString())).isEqualTo(1);
    assertThat(err()).contains("bad?name.txt: not a valid path").hasLineCount(1);
    assertThat(out()).contains("DIRECT  Yes,");
    assertNoStackTrace();
  }

  @Test
  void impossibleOutputFolderIsABadCommandLine(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "“Yes,” she said.");
    assertThat(run("--json", "--out", "out\0dir", good.toString())).isEqualTo(2);
    assertThat(err()).startsWith("quotable: not a valid path: out\\0dir").hasLineCount(1);
    assertNoStackTrace();
  }

  @Test
  void outputFolderThatIsAFileIsNamed(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "“Yes,” she said.");
    Path file = Files.writeString(dir.resolve("taken"), "a file");
    assertThat(run("--json", "--out", file.toString(), good.toString())).isEqualTo(1);
    assertThat(err()).contains("cannot create the output folder").hasLineCount(1);
    assertThat(Files.readString(file)).isEqualTo("a file");
    assertNoStackTrace();
  }

  @Test
  void fileNameWithALineBreakStaysOnOneLine(@TempDir Path dir) {
    assertThat(run(dir.resolve("two\nlines.txt").toString())).isEqualTo(1);
    assertThat(err()).contains("two?lines.txt").hasLineCount(1);
  }

  @Test
  void hostileArticleIsProcessedLikeAnyOther(@TempDir Path dir) throws IOException {
    String hostile = "“".repeat(20_000) + "\uD800 said \u0000 “x”\n".repeat(1000)
        + "a".repeat(100_000);
    Path f = Files.write(dir.resolve("hostile.txt"), hostile.getBytes(StandardCharsets.UTF_8));
    assertThat(run("--json", f.toString())).isZero();
    assertThat(out()).startsWith("{\"quotes\": [");
    assertNoStackTrace();
  }

  @Test
  void badInputsDoNotStopTheGoodOnes(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.write(in.resolve("a-binary.txt"), randomBytes(10_000, 3));
    Files.writeString(in.resolve("b-good.txt"), "“Yes,” she said.");
    Path outDir = dir.resolve("out");
    assertThat(run("--json", "--out", outDir.toString(), in.toString(),
        dir.resolve("missing.txt").toString())).isEqualTo(1);
    assertThat(outDir.resolve("a-binary.json")).exists();
    assertThat(Files.readString(outDir.resolve("b-good.json"))).contains("\"DIRECT\"");
    assertThat(err()).hasLineCount(2);
    assertNoStackTrace();
  }
}
