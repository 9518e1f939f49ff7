package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cue verbs in a sense that reports nothing ("found a way", "known as", "showed up"), beside
 * the reading that does, each on sentences written for this test.
 */
class SensesTest {
  private static List<Quotation> extract(String text) {
    return Extracted.quotations(text);
  }

  private static String content(String text) {
    return Extracted.only(text).content().text();
  }

  @Test
  void findingAPlainObjectIsComingUponItNotAFinding() {
    assertThat(extract("The striker found a way past the keeper in the last minute.")).isEmpty();
    assertThat(extract("Many graduates cannot find jobs near their home towns.")).isEmpty();
    assertThat(extract("The deposed governor found refuge in a neighbouring country.")).isEmpty();
    assertThat(extract("The charity is struggling to find volunteers for the winter.")).isEmpty();
  }

  @Test
  void aFindingByAStudyOrWithWhatTheObjectIsFoundToBeIsKept() {
    assertThat(content("The audit found serious gaps in the council's accounts."))
        .isEqualTo("serious gaps in the council's accounts");
    assertThat(content("A survey by the union found broad support for the strike."))
        .isEqualTo("broad support for the strike");
    assertThat(content("The inspectors found no evidence of fraud at the depot."))
        .isEqualTo("no evidence of fraud at the depot");
    assertThat(content("Most parents found the new timetable confusing."))
        .isEqualTo("the new timetable confusing");
    assertThat(content("The inspectors found that the depot had been closed for weeks."))
        .isEqualTo("the depot had been closed for weeks");
  }

  @Test
  void knownAsOrForNamesOrDescribesAndReportsNothing() {
    assertThat(extract("Most of the estates, known locally as “the Flats,” were built in 1962."))
        .isEmpty();
    assertThat(extract("The clinic is run by Ann Prior, a surgeon well known for her work "
        + "with children.")).isEmpty();
    assertThat(extract("“We will open on Monday,” said the baker known as “Crumbs,” who runs "
        + "the stall.")).extracting(q -> q.content().text())
        .containsExactly("We will open on Monday,");
    // what is known is still a thought
    assertThat(content("Officials have known for months that the bridge was unsafe."))
        .isEqualTo("the bridge was unsafe");
  }

  @Test
  void aParticleOfMovementTakesTheVerbOutOfReporting() {
    assertThat(extract("Nobody knows which version of the senator will show up: the fighter or "
        + "the diplomat.")).isEmpty();
    assertThat(extract("One voter, Rosa Diaz, 61, showed up in a “Vote Early” T-shirt."))
        .isEmpty();
    assertThat(content("The figures show that turnout fell sharply."))
        .isEqualTo("turnout fell sharply");
  }
}
