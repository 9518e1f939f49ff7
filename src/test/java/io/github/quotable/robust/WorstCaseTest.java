package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.ResultInvariants;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The worst inputs of issue 5 finish and give valid results. Their times are measured by the
 * benchmark and listed in the README; the bound here is deliberately loose, to catch a hang or
 * a return to quadratic time (minutes on these inputs), not to time anything.
 */
class WorstCaseTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static ArticleQuotes extract(String text) {
    return assertTimeoutPreemptively(BOUND,
        () -> ResultInvariants.check(text, EXTRACTOR.extract(text)));
  }

  @Test
  void hundredThousandQuotationMarks() {
    String text = WorstCases.quotationMarks(100_000);
    assertThat(extract(text).quotations()).isNotEmpty();
  }

  @Test
  void fiveMegabyteArticle() {
    String text = WorstCases.article(5_000_000);
    assertThat(text.length()).isGreaterThanOrEqualTo(5_000_000);
    ArticleQuotes r = extract(text);
    assertThat(r.quotations()).hasSizeGreaterThan(1000);
    assertThat(r.speakers()).hasSizeGreaterThan(1000);
  }

  @Test
  void oneMegabyteLineWithoutSpaces() {
    extract(WorstCases.lineWithoutSpaces(1_000_000));
  }

  @Test
  void oneMegabyteWord() {
    assertThat(extract("a".repeat(1_000_000)).quotations()).isEmpty();
  }

  @Test
  void tenThousandNestedMarks() {
    ArticleQuotes r = extract(WorstCases.nestedMarks(10_000));
    assertThat(r.quotations()).allSatisfy(q -> assertThat(q.content().text()).contains("deep"));
  }

  @Test
  void tenThousandNestedMarksNeverClosed() {
    extract(WorstCases.unclosedNest(10_000));
  }

  @Test
  void unclosedQuotationAtTheStartOfALongArticle() {
    ArticleQuotes r = extract(WorstCases.unclosedAtStart(1_000_000));
    assertThat(r.quotations()).hasSizeGreaterThan(100);
  }

  @Test
  void oneSentenceWithThousandsOfCues() {
    extract(WorstCases.oneSentenceOfCues(50_000));
  }

  @Test
  void oneSpeakerQuotedFiftyThousandTimes() {
    ArticleQuotes r = extract(WorstCases.oneSpeakerManyQuotes(50_000));
    assertThat(r.speakers()).hasSize(1);
  }

  @Test
  void tenThousandSpeakersWithOneSurname() {
    assertThat(extract(WorstCases.manySpeakers(10_000)).speakers()).hasSizeGreaterThan(1000);
  }
}
