package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.ResultInvariants;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any string the extractor returns normally, and the result keeps every invariant of
 * {@link ResultInvariants}: spans inside the text holding its characters, quotations not
 * overlapping, speakers valid. Also: the same text always gives the same result.
 */
class ExtractorProperties {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  @Provide
  Arbitrary<String> anyChars() {
    return Texts.anyChars();
  }

  @Provide
  Arbitrary<String> newsLike() {
    return Texts.newsLike();
  }

  @Provide
  Arbitrary<String> gluedNewsLike() {
    return Texts.gluedNewsLike();
  }

  @Provide
  Arbitrary<String> mutatedArticles() {
    return Texts.mutatedArticles();
  }

  @Property(tries = 300)
  void anyStringGivesAValidResult(@ForAll("anyChars") String text) {
    ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  @Property(tries = 300)
  void newsLikeTextGivesAValidResult(@ForAll("newsLike") String text) {
    ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  @Property(tries = 300)
  void gluedMarksAndWordsGiveAValidResult(@ForAll("gluedNewsLike") String text) {
    ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  @Property(tries = 200)
  void mutatedArticleGivesAValidResult(@ForAll("mutatedArticles") String text) {
    ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  @Property(tries = 100)
  void sameTextGivesTheSameResultEveryTime(@ForAll("mutatedArticles") String text) {
    ArticleQuotes first = EXTRACTOR.extract(text);
    ArticleQuotes second = EXTRACTOR.extract(text);
    assertThat(second).isEqualTo(first);
    assertThat(second.toJson()).isEqualTo(first.toJson());
  }

  @Property(tries = 100)
  void anExtractorKeepsNoStateBetweenCalls(@ForAll("newsLike") String text) {
    ArticleQuotes shared = EXTRACTOR.extract(text);
    ArticleQuotes fresh = QuoteExtractor.builder().build().extract(text);
    assertThat(shared).isEqualTo(fresh);
  }

  @Property(tries = 100)
  void newsTextFollowedByAnyCharactersGivesAValidResult(@ForAll("newsLike") String text,
      @ForAll("anyChars") String tail) {
    String longer = text + tail;
    ResultInvariants.check(longer, EXTRACTOR.extract(longer));
  }
}
