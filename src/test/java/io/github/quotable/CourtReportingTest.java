package io.github.quotable;

import static io.github.quotable.Extracted.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * British and Irish court and police reporting, on sentences written for these tests: what a
 * court heard, counsel named by their side, police affiliations, judicial titles.
 */
class CourtReportingTest {
  @Test
  void aCueInsideWhatACourtHeardIsPartOfTheContent() {
    Quotation q = only("Magistrates were told the terrier had attacked a postman twice.");
    assertThat(q.content().text()).isEqualTo("the terrier had attacked a postman twice");
    assertThat(q.speaker()).isEmpty();
    assertThat(q.addressee().get().text()).isEqualTo("Magistrates");
    assertThat(only("The jury heard that the nurse had warned colleagues about the pump.")
        .content().text()).isEqualTo("the nurse had warned colleagues about the pump");
    assertThat(only("Jurors were told the builder had admitted the theft to a neighbour.")
        .content().text()).isEqualTo("the builder had admitted the theft to a neighbour");
    assertThat(only("The court was told the boy had complained of pain for weeks.")
        .speaker()).isEmpty();
  }

  @Test
  void aPassiveInsideAReportStaysTheReportersContent() {
    Quotation q = only("Ms Varley said she was told the ward would close by spring.");
    assertThat(q.speakerName()).isEqualTo("Varley");
    assertThat(q.content().text()).isEqualTo("she was told the ward would close by spring");
  }

  @Test
  void counselNamedByTheirSideHaveItAsTheirRole() {
    Quotation opening = only("Defending, Colm Brady said his client had been drinking.");
    assertThat(opening.speakerName()).isEqualTo("Colm Brady");
    assertThat(opening.speaker().get().roles()).containsExactly("defending");
    assertThat(only("Prosecuting, Nadia Okafor told the court the van was stolen.")
        .speaker().get().roles()).containsExactly("prosecuting");
    assertThat(only("Gareth Pugh, mitigating, said the man had lost his job.")
        .speaker().get().roles()).containsExactly("mitigating");
    // an opening participle of another kind is no role
    assertThat(only("Smiling, Colm Brady said the result was fair.").speaker().get().roles())
        .isEmpty();
  }

  @Test
  void judicialTitlesAreRolesNotPartOfTheName() {
    Quotation recorder = only("Recorder Fiona Gault said the offence was planned.");
    assertThat(recorder.speakerName()).isEqualTo("Fiona Gault");
    assertThat(recorder.speaker().get().roles()).containsExactly("Recorder");
    Quotation appeal = only("Lady Justice Marwick said the appeal must be dismissed.");
    assertThat(appeal.speakerName()).isEqualTo("Marwick");
    assertThat(appeal.speaker().get().roles()).containsExactly("Lady Justice");
    Quotation circuit = only("Her Honour Judge Petra Lind told him he was fortunate.");
    assertThat(circuit.speakerName()).isEqualTo("Petra Lind");
    assertThat(circuit.speaker().get().roles()).containsExactly("Judge");
    Quotation high = only("Mr Justice Ormond said the father had been honest.");
    assertThat(high.speakerName()).isEqualTo("Ormond");
    assertThat(high.speaker().get().roles()).containsExactly("Justice");
  }

  @Test
  void aParticipleAfterTheNamesThePersonToldNotTheContent() {
    Quotation q = only("Judge Ines Farrow told the accused he would serve at least ten years.");
    assertThat(q.content().text()).isEqualTo("he would serve at least ten years");
    assertThat(q.addressee().get().text()).isEqualTo("the accused");
    assertThat(only("The surgeon told the injured they would be moved to Leeds.").content()
        .text()).isEqualTo("they would be moved to Leeds");
  }

  @Test
  void aBareRoleNounBeforeANameInItsAppositiveIsThatPerson() {
    Quotation q = only("The crash was avoidable, said counsel for the haulier, Ewan Price.");
    assertThat(q.speakerName()).isEqualTo("Ewan Price");
    assertThat(only("The search was thorough, said counsel for the Crown, Maeve Doyle.")
        .speakerName()).isEqualTo("Maeve Doyle");
  }

  @Test
  void scotlandsProsecutorsHaveTheirOfficeAsARole() {
    Quotation q = only("Procurator fiscal depute Iona Rankin said the complainer had been "
        + "terrified.");
    assertThat(q.speakerName()).isEqualTo("Iona Rankin");
    assertThat(q.speaker().get().roles()).contains("Procurator fiscal depute");
  }

  @Test
  void fiscalInsideAnOrganisationsNameIsNoRole() {
    Quotation q = only("The Institute for Fiscal Studies warned that taxes would rise further.");
    assertThat(q.speakerName()).isEqualTo("Institute for Fiscal Studies");
    assertThat(q.speaker().get().roles()).isEmpty();
  }

  @Test
  void aRoleNounOpeningTheSentenceBeforeAnAppositiveNameIsThatPerson() {
    Quotation q = only("Counsel for the Crown, Morag Innes, said the search had been lawful.");
    assertThat(q.speakerName()).isEqualTo("Morag Innes");
    assertThat(q.speaker().get().roles()).containsExactly("Counsel for the Crown");
  }
}
