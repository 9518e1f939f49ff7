package io.github.quotable.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: the example prints the sample article's quotations. Surefire runs
 * it inside the library's module, so the lexicons are read as a named module reads them.
 */
class ExampleMainTest {

  @Test
  void printsTheQuotationsOfTheSampleArticle() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ExampleMain.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("— Grace Okafor, general secretary of the Harbour Workers' Union; "
            + "former crane operator  [said]")
        .containsPattern("\\d+ quotations, \\d+ speakers");
  }
}
