package com.example.quotes;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.Quotation;
import io.github.quotable.Speaker;
import java.util.List;

/**
 * Prints the quotations of the text given on the command line, one a line; with
 * {@code --role WORD} first, only those of speakers with that role.
 *
 * <pre>
 * java --module-path target/classes:target/lib --module com.example.quotes/com.example.quotes.PrintQuotes \
 *     "“We will win,” said Mayor Ines Duarte."
 * </pre>
 */
public final class PrintQuotes {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private PrintQuotes() {}

  /**
   * Runs the program.
   *
   * @param args {@code [--role WORD] TEXT...}; the words of the text may come as one argument
   *     or several
   */
  public static void main(String[] args) {
    List<String> words = List.of(args);
    RoleFilter filter = null;
    if (words.size() >= 2 && words.get(0).equals("--role")) {
      filter = new RoleFilter(words.get(1));
      words = words.subList(2, words.size());
    }
    if (words.isEmpty()) {
      System.err.println("usage: PrintQuotes [--role WORD] TEXT...");
      System.exit(2);
    }
    ArticleQuotes result = EXTRACTOR.extract(String.join(" ", words));
    List<Quotation> quotations = filter == null ? result.quotations() : filter.keep(result);
    quotations.forEach(q -> System.out.println(line(q)));
  }

  /**
   * One quotation as a line: {@code DIRECT "We will win," — Ines Duarte [Mayor]}.
   *
   * @param q a quotation
   * @return its type, content, speaker and the speaker's roles
   */
  static String line(Quotation q) {
    String who = q.speaker().map(PrintQuotes::who).orElse("(unknown)");
    return q.type() + " \"" + q.content().text() + "\" — " + who;
  }

  private static String who(Speaker s) {
    return s.roles().isEmpty() ? s.name() : s.name() + " " + s.roles();
  }
}
