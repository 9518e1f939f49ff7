package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the public API promises for any input and any misuse. */
class ExtractorContractTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  @Test
  void nullTextIsRejectedWithAMessageSayingWhatToDo() {
    assertThatThrownBy(() -> EXTRACTOR.extract(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text must not be null");
  }

  @Test
  void emptyAndBlankTextGiveEmptyResults() {
    assertThat(EXTRACTOR.extract("").quotations()).isEmpty();
    assertThat(EXTRACTOR.extract(" \n\n\t ").speakers()).isEmpty();
  }

  @Test
  void binaryLookingAndMixedScriptTextGiveValidResults() {
    String text = "\u0000\u0001“\uD800 said \uDC00” Привет, 你好 “مرحبا” said Ali.\u0007"
        + "\uD83D\uDE00 “emoji” ’’ ”“ \" ' « » „";
    ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  @Test
  void resultsAreImmutable() {
    ArticleQuotes r = EXTRACTOR.extract("“Yes,” said Ann Lee.");
    assertThatThrownBy(() -> r.quotations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderRejectsNonsenseAtTheCallThatSetsIt() {
    assertThatThrownBy(() -> QuoteExtractor.builder().minConfidence(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minConfidence must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.TITLES, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TITLES");
  }

  @Test
  void malformedLexiconEntryIsNamedWithTheFix() {
    assertThatThrownBy(() -> QuoteExtractor.builder()
        .addEntries(Lexicon.CUE_VERBS, "bleat LOUDLY quote").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CUE_VERBS").hasMessageContaining("bleat LOUDLY quote")
        .hasMessageContaining("SPEECH");
  }

  @Test
  void addedCueVerbIsUsed() {
    String text = "“Get out of my office,” Ms. Ortega bleated.";
    assertThat(EXTRACTOR.extract(text).quotations()).allSatisfy(
        q -> assertThat(q.cue()).isEmpty());
    QuoteExtractor custom = QuoteExtractor.builder()
        .addEntries(Lexicon.CUE_VERBS, "bleat SPEECH clause,quote").build();
    assertThat(custom.extract(text).quotations()).singleElement()
        .satisfies(q -> assertThat(q.cue().get().text()).isEqualTo("bleated"));
  }

  @Test
  void replacedLexiconDropsTheDefaults() {
    QuoteExtractor noTitles = QuoteExtractor.builder()
        .replaceEntries(Lexicon.TITLES, List.of()).build();
    String text = "“We won,” said Sen. Ellen Park.";
    assertThat(EXTRACTOR.extract(text).speakers().get(0).roles()).containsExactly("Sen.");
    assertThat(noTitles.extract(text).speakers().get(0).roles()).isEmpty();
  }

  @Test
  void toJsonIsTheCommandLineSchema() {
    String json = EXTRACTOR.extract("“Yes,” said Ann \"Nan\" Lee.").toJson();
    assertThat(json).startsWith("{\"quotes\": [").contains("\"type\": \"DIRECT\"")
        .contains("\"start\": 1").contains("\"speaker\": {\"name\": ")
        .contains("\"confidence\": ");
  }

  @Test
  void toStringIsShortAndUseful() {
    ArticleQuotes r = EXTRACTOR.extract("“We will rebuild,” said Mayor Ellen Park.");
    Quotation q = r.quotations().get(0);
    assertThat(q.toString()).isEqualTo("DIRECT \"We will rebuild,\" — Ellen Park [said] "
        + String.format(java.util.Locale.ROOT, "%.2f", q.confidence()));
    assertThat(r.speakers().get(0).toString()).isEqualTo("Ellen Park (PERSON) [Mayor]");
  }
}
