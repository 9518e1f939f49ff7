package io.github.quotable.examples;

import com.google.common.base.Strings;
import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.Quotation;
import io.github.quotable.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints every quotation of an article with its speaker and the speaker's roles. With no
 * argument it reads the sample article shipped in the library; with one, that file.
 */
public final class ExampleMain {
  private static final String SAMPLE = "/io/github/quotable/examples/sample-article.txt";

  private ExampleMain() {}

  /**
   * Runs the example.
   *
   * @param args an optional path to a UTF-8 article
   * @throws IOException if the article cannot be read
   */
  public static void main(String[] args) throws IOException {
    String text = args.length > 0 && !args[0].isBlank()
        ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
        : sample();
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    ArticleQuotes result = extractor.extract(text);
    // println, not printf: a format string is parsed with a regular expression, which costs
    // a short run like this one a tenth of its time to the first line
    for (Quotation q : result.quotations()) {
      System.out.println(Strings.padEnd(q.type().name(), 9, ' ')
          + q.content().text().replace('\n', ' '));
      String who = q.speaker().map(ExampleMain::describe).orElse("(speaker unknown)");
      System.out.println("         — " + who + q.cue().map(c -> "  [" + c.text() + "]")
          .orElse(""));
    }
    System.out.println(result.quotations().size() + " quotations, " + result.speakers().size()
        + " speakers");
  }

  private static String describe(Speaker s) {
    return s.roles().isEmpty() ? s.name() : s.name() + ", " + String.join("; ", s.roles());
  }

  /** The sample article, a story written for this project. */
  static String sample() throws IOException {
    try (InputStream in = ExampleMain.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("the sample article " + SAMPLE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
