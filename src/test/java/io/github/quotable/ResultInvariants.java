package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The promises every result keeps, checked in one place (as Lucene checks offsets in
 * BaseTokenStreamTestCase): spans inside the text with their own characters, quotations in
 * order and not overlapping, speakers' mentions valid too.
 */
public final class ResultInvariants {
  private ResultInvariants() {}

  public static ArticleQuotes check(String text, ArticleQuotes result) {
    int lastEnd = 0;
    for (Quotation q : result.quotations()) {
      span(text, q.content());
      assertThat(q.content().length()).as("content of %s", q).isPositive();
      assertThat(q.content().start()).as("quotations overlap at %s", q).isGreaterThanOrEqualTo(
          lastEnd);
      lastEnd = q.content().end();
      for (Optional<Span> s : List.of(q.cue(), q.speakerMention(), q.addressee(), q.medium())) {
        s.ifPresent(x -> span(text, x));
      }
      assertThat(q.confidence()).isBetween(0.0, 1.0);
      q.speaker().ifPresent(sp -> assertThat(result.speakers()).contains(sp));
    }
    for (Speaker s : result.speakers()) {
      assertThat(s.name()).isNotBlank();
      s.mentions().forEach(m -> span(text, m));
    }
    return result;
  }

  private static void span(String text, Span s) {
    assertThat(s.end()).as("span %s ends inside the text", s).isLessThanOrEqualTo(text.length());
    assertThat(s.text()).as("span %s covers its characters", s)
        .isEqualTo(text.substring(s.start(), s.end()));
  }

  /** The contents of the quotations, in order. */
  public static List<String> contents(ArticleQuotes r) {
    List<String> out = new ArrayList<>();
    r.quotations().forEach(q -> out.add(q.content().text()));
    return out;
  }
}
