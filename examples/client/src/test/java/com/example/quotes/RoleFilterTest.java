package com.example.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.Quotation;
import org.junit.jupiter.api.Test;

/** The user code, on sentences written for it, through the installed Quotable artifact. */
class RoleFilterTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final ArticleQuotes BUDGET = EXTRACTOR.extract(
      "“This is a budget for growth,” said Finance Minister Rosa Almeida.\n\n"
          + "“Rates will stay high,” said Tomas Berg, chief economist at Nordbank.\n\n"
          + "Almeida later said taxes would not rise.\n\n"
          + "“Nobody asked us,” said Peter Mwangi.");

  @Test
  void theArticleHasTheSpeakersTheFilterIsTestedOn() {
    assertThat(BUDGET.quotations()).extracting(Quotation::speakerName)
        .contains("Rosa Almeida", "Tomas Berg", "Peter Mwangi");
  }

  @Test
  void keepsEveryQuotationOfASpeakerWithTheRole() {
    assertThat(new RoleFilter("minister").keep(BUDGET)).isNotEmpty()
        .extracting(Quotation::speakerName).containsOnly("Rosa Almeida");
    assertThat(new RoleFilter("minister").keep(BUDGET)).extracting(q -> q.content().text())
        .contains("This is a budget for growth,", "taxes would not rise");
  }

  @Test
  void matchesTheWordInAnyCaseAndInsideLongerRoles() {
    assertThat(new RoleFilter("  Economist ").keep(BUDGET)).extracting(Quotation::speakerName)
        .containsExactly("Tomas Berg");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(new RoleFilter("nist").keep(BUDGET)).isEmpty();
    assertThat(new RoleFilter("finance minister").keep(BUDGET)).isNotEmpty();
  }

  @Test
  void speakersWithoutRolesAndQuotationsWithoutSpeakerAreNeverKept() {
    ArticleQuotes anonymous = EXTRACTOR.extract("“It is over,” someone shouted.\n\n"
        + "“Nobody asked us,” said Peter Mwangi.");
    assertThat(new RoleFilter("minister").keep(anonymous)).isEmpty();
  }

  @Test
  void aBlankRoleWordIsRefused() {
    assertThatThrownBy(() -> new RoleFilter(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minister");
  }

  @Test
  void printsOneLinePerQuotationWithSpeakerAndRoles() {
    Quotation q = EXTRACTOR.extract("“We will reopen the port,” said Mayor Ines Duarte.")
        .quotations().get(0);
    assertThat(PrintQuotes.line(q))
        .isEqualTo("DIRECT \"We will reopen the port,\" — Ines Duarte [Mayor]");
  }
}
