package io.github.quotable;

import static io.github.quotable.Extracted.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * British, Irish, Commonwealth and wire-agency news style, on sentences written for these
 * tests: single quotation marks, offices owned by a country, post-nominal letters, ages.
 */
class BritishStyleTest {
  @Test
  void anOfficeOwnedByACountryIsTheRoleOfTheNameInItsAppositive() {
    Quotation q = only("Britain's Foreign Secretary, Alan Pryce, said the attack was 'vile'.");
    assertThat(q.speakerName()).isEqualTo("Alan Pryce");
    assertThat(q.speaker().get().roles()).containsExactly("Britain's Foreign Secretary");
    assertThat(only("Ireland's Minister for Health, Ciara Flood, said the figures were "
        + "worrying.").speakerName()).isEqualTo("Ciara Flood");
  }

  @Test
  void lettersAfterANameAreRolesNotPartOfIt() {
    Quotation q = only("Prosecutor Ruth Abbot KC told the jury: 'This was no accident.'");
    assertThat(q.speakerName()).isEqualTo("Ruth Abbot");
    assertThat(q.speaker().get().roles()).containsExactly("Prosecutor", "KC");
    Quotation honour = only("Nina Shah OBE, chief executive of the charity, said it was a crisis.");
    assertThat(honour.speakerName()).isEqualTo("Nina Shah");
    assertThat(honour.speaker().get().roles())
        .containsExactly("OBE", "chief executive of the charity");
  }

  @Test
  void anAgeBetweenCommasDoesNotHideTheAppositiveAfterIt() {
    Quotation q = only("'It is shocking,' said Moira Tait, 71, a retired nurse from Elmbridge.");
    assertThat(q.speakerName()).isEqualTo("Moira Tait");
    assertThat(q.speaker().get().roles()).containsExactly("retired nurse from Elmbridge");
    Quotation verb = only("Owen Pryde, 44, voted for the plan in 2019. He said it was a mistake.");
    assertThat(verb.speakerName()).isEqualTo("Owen Pryde");
    assertThat(verb.speaker().get().roles()).isEmpty();
  }

  @Test
  void aSeatAfterAMemberTitleIsPartOfTheRoleNotTheName() {
    Quotation q = only("Labour MP for Leeds East Richard Barrow said the cuts were cruel.");
    assertThat(q.speakerName()).isEqualTo("Richard Barrow");
    assertThat(q.speaker().get().roles()).containsExactly("Labour MP for Leeds East");
    assertThat(only("Minister for Europe Anna Bell said the talks had stalled.").speakerName())
        .isEqualTo("Anna Bell");
    assertThat(only("Tory MP Ann Lee said it was wrong.").speaker().get().roles())
        .containsExactly("Tory MP");
  }

  @Test
  void britishPoliceRanksAreTitles() {
    Quotation q = only("PC Daniel Frost told the court he had seen the van.");
    assertThat(q.speakerName()).isEqualTo("Daniel Frost");
    assertThat(q.speaker().get().roles()).containsExactly("PC");
  }

  @Test
  void whatACourtHeardIsAQuotationWithTheCourtAsItsAddressee() {
    Quotation q = only("The court heard that Mr Vance had sent 200 messages to the victim.");
    assertThat(q.content().text()).isEqualTo("Mr Vance had sent 200 messages to the victim");
    assertThat(q.speaker()).isEmpty();
    assertThat(q.cue().get().text()).isEqualTo("heard");
    assertThat(q.addressee().get().text()).isEqualTo("The court");
    Quotation told = only("The jury was told: 'He knew exactly what he was doing.'");
    assertThat(told.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(told.speaker()).isEmpty();
    assertThat(only("The court told him to pay a fine.").speakerName()).isEqualTo("the court");
  }

  @Test
  void anOpeningPhraseGivesTheAddresseeOrMediumOfTheMainClause() {
    Quotation told = only("Speaking to the PA news agency, Mr Lamb said the club had failed.");
    assertThat(told.addressee().get().text()).isEqualTo("the PA news agency");
    Quotation wrote = only("Writing in the Clarion, the former minister said it was over.");
    assertThat(wrote.medium().get().text()).isEqualTo("in the Clarion");
    Quotation posted = only("In a post on X on Monday, Mr Barlow said: 'Today is a great day.'");
    assertThat(posted.medium().get().text()).isEqualTo("In a post on X");
    assertThat(only("In the wake of the report, Mr Barlow said it was over.").medium())
        .isEmpty();
    assertThat(only("Speaking in Leeds, Mr Ito said the deal was done.").medium()).isEmpty();
  }

  @Test
  void aTitleThatQualifiesTheNextIsOneRoleWithIt() {
    assertThat(only("Former Labour deputy leader Dame Ann Moss said it was time.").speaker().get()
        .roles()).containsExactly("Former Labour deputy leader", "Dame");
    assertThat(only("Detective Inspector Claire Bowen said it was early.").speaker().get()
        .roles()).containsExactly("Detective Inspector");
    assertThat(only("Defence Minister Brigadier-General Reza Karimi said it was over.").speaker()
        .get().roles()).containsExactly("Defence Minister", "Brigadier-General");
  }

  @Test
  void aRoleWordAfterACourtesyTitleIsASurname() {
    Quotation q = only("Ms Bishop, a retired nurse, said she had been sacked.");
    assertThat(q.speakerName()).isEqualTo("Bishop");
    assertThat(q.speaker().get().roles()).containsExactly("retired nurse");
  }

  @Test
  void jobsOfHealthChurchAndSportAreRolesAndDescribedSpeakers() {
    Quotation gp = only("Dr Hannah Price, a GP in Swindon, said the surgery was turning people away.");
    assertThat(gp.speaker().get().roles()).containsExactly("Dr", "GP in Swindon");
    Quotation vicar = only("The Rev Peter Dunn, vicar of St Aidan's, said the roof was failing.");
    assertThat(vicar.speaker().get().roles()).contains("vicar of St Aidan's");
    Quotation winger = only("'We were poor all afternoon,' the winger said.");
    assertThat(winger.speakerName()).isEqualTo("the winger");
    assertThat(winger.speaker().get().named()).isFalse();
  }

  @Test
  void accordingToAnOfficeNamedByItsBodyTakesTheNameInItsAppositive() {
    Quotation q = only("According to the Treasury secretary, Jacob Lew, the figures show a "
        + "steady recovery in tax receipts.");
    assertThat(q.speakerName()).isEqualTo("Jacob Lew");
    assertThat(q.content().text()).isEqualTo("the figures show a steady recovery in tax receipts");
    assertThat(only("According to the Arsenal manager, Mikel Ortega, the squad is "
        + "exhausted.").speakerName()).isEqualTo("Mikel Ortega");
  }
}
