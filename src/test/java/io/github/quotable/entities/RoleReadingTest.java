package io.github.quotable.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.Quotation;
import io.github.quotable.Speaker;
import io.github.quotable.ResultInvariants;
import io.github.quotable.document.DocumentReader;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roles read around a speaker's mentions, on sentences written here. */
class RoleReadingTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static List<String> roles(String text) {
    ArticleQuotes r = ResultInvariants.check(text, EXTRACTOR.extract(text));
    assertThat(r.quotations()).isNotEmpty();
    Quotation q = r.quotations().get(r.quotations().size() - 1);
    return q.speaker().orElseThrow().roles();
  }

  @Test
  void aRoleBrokenAcrossLinesReadsAsOneLine() {
    assertThat(roles("The minister said the plan\nwould be delayed until next\nyear.\n\n"
        + "\"It is a shame,\" said\nTom Hale, a local\ncouncillor.\n"))
        .containsExactly("local councillor");
  }

  @Test
  void aFrontedPrepositionalPhraseIsNoAppositiveBeforeTheName() {
    assertThat(roles("In his assessment of the governor, Calderon said the plan was doomed."))
        .isEmpty();
    // a name between commas inside the preposition's object keeps what comes before it
    assertThat(roles("The plan was praised by the chief executive, Ann Lowe, who said it was "
        + "overdue.")).containsExactly("chief executive");
  }

  @Test
  void aRoleBetweenTwoNamesIsTheSecondPersonsAppositive() {
    String text = "In a letter to Rachel Hume, the RAC's head of policy, Simon Ward, wrote: "
        + "'Drivers cannot take another hit.' Ms Hume said she understood the pressure.";
    assertThat(roles(text)).isEmpty();
    // a place or a company after the comma leaves the role with the name before it
    assertThat(roles("“We will rebuild,” said Ana Ruiz, a nurse from Brownsville, Texas, who "
        + "lost her home.")).containsExactly("nurse from Brownsville");
    assertThat(roles("Luca Ferri, the editor of its weekly newspaper, La Voce, said the claims "
        + "were false.")).containsExactly("editor of its weekly newspaper");
  }

  @Test
  void britishIrishAndSportRolesBeforeAName() {
    assertThat(roles("Newcastle boss Eddie Howe said his side were outstanding."))
        .containsExactly("Newcastle boss");
    assertThat(roles("Labour MP Jess Arden said the plan was shameful."))
        .containsExactly("Labour MP");
    assertThat(roles("Taoiseach Simon Harte said the talks would continue."))
        .containsExactly("Taoiseach");
    assertThat(roles("“It was a tragedy,” the coroner, Dr Anne Lyle, said."))
        .contains("coroner");
  }

  @Test
  void roleWithAPrepositionBeforeTheName() {
    assertThat(roles("A lawyer for the nurses, Mark Dunne, said his clients would appeal."))
        .containsExactly("lawyer for the nurses");
  }

  @Test
  void acronymInsideItsDescriptionIsTheNameAndTheRestTheRole() {
    ArticleQuotes r = EXTRACTOR.extract("Oman's official ONA news agency said the talks had ended.");
    Speaker s = r.quotations().get(0).speaker().orElseThrow();
    assertThat(s.name()).isEqualTo("ONA");
    assertThat(s.roles()).containsExactly("Oman's official news agency");
  }

  @Test
  void aSecondDescriptionOfAnAcronymMayRepeatAWord() {
    // "the ... of the": the description's words are a set; this text once threw
    String text = "The endorsement will wait until June, according to an email from the "
        + "president of the AFL-CIO labor federation.\n\nThe unions will meet again in July, "
        + "according to a second email from the president of the AFL-CIO labor federation.";
    ArticleQuotes r = ResultInvariants.check(text, EXTRACTOR.extract(text));
    assertThat(r.quotations()).hasSize(2);
    assertThat(r.quotations().get(1).speaker().orElseThrow().name()).isEqualTo("AFL-CIO");
  }

  @Test
  void relativeClauseWithIsGivesTheRole() {
    assertThat(roles("“We are ready,” said Tom Hale, who is the party treasurer."))
        .containsExactly("party treasurer");
  }

  @Test
  void relativeClauseOfWhatOneDoesIsARole() {
    assertThat(roles("“It is fragile,” said Ines Roth, a retired general who runs a defence "
        + "institute in Ghent.")).containsExactly("retired general", "runs a defence institute in Ghent");
  }

  @Test
  void aClauseAfterANameIsNoRole() {
    assertThat(roles("According to Hale, the council has replaced three directors because "
        + "many disagreed.\n\n“It was a purge,” Hale said.")).isEmpty();
  }

  @Test
  void partyLabelWithADottedStateStaysInItsSentence() {
    assertThat(roles("Rep. Ann Reyes (D-N.Y.) said the vote was rushed."))
        .containsExactly("Rep.", "D-N.Y.");
  }

  @Test
  void titleWithOfTheRunsOnToTheGivenName() {
    assertThat(roles("Speaker of the House Ann Lowry said the bill was dead."))
        .containsExactly("Speaker of the House");
  }

  @Test
  void anAdverbialPhraseAfterTheNameIsNoRole() {
    assertThat(roles("Mayor Tom Hale said he would resign if voters rejected Ada Lind, "
        + "implicitly staking his name on her plan.")).containsExactly("Mayor");
  }

  @Test
  void anArticleLedDescriptionIsARoleWithoutAKnownRoleNoun() {
    assertThat(roles("“The virus is spreading faster than expected,” said Priya Raman, "
        + "an epidemiologist at Northfield University.")).containsExactly(
            "epidemiologist at Northfield University");
  }

  @Test
  void aPossessiveInTheAppositiveIsNotAClause() {
    assertThat(roles("The vote was close, said Tom Hale, the mayor's chief of staff."))
        .containsExactly("mayor's chief of staff");
  }

  @Test
  void aCommaAtTheVeryEndAfterANameIsNoRoleAndNoFailure() {
    // the name ends one token before the text does: nothing after the comma to read
    Tokens t = new DocumentReader(Vocabulary.defaults()).read("Tom Hale,").tokens();
    RoleReader reader = new RoleReader(t, Vocabulary.defaults(), new NounPhrases(t));
    List<String> found = new ArrayList<>();
    reader.roles(0, 0, 2, 0, t.size(), found);
    assertThat(found).isEmpty();
    String text = "“It is over,” said Tom Hale,\n";
    ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  @Test
  void aPossessiveRoleBeforeTheNameIsItsRole() {
    assertThat(roles("But Labour's shadow housing minister, Tom Ellery, said the scheme was "
        + "reckless.")).containsExactly("Labour's shadow housing minister");
  }

  @Test
  void anUpperCaseAbbreviationThatSpellsAPronounStillStartsATitle() {
    assertThat(roles("“It works,” said US Marines Brigadier-General Tom Hale, deputy commander "
        + "of coalition operations.")).containsExactly("US Marines Brigadier-General",
            "deputy commander of coalition operations");
  }
  @Test
  void aRoleOpeningTheSentenceBeforeIsTheNewNameSpeakingNext() {
    assertThat(roles("The Ireland captain had a rough afternoon. ‘We were poor,’ Liam Dunne "
        + "said.")).containsExactly("Ireland captain");
    assertThat(roles("The Harlow Town chairman was in no mood to celebrate.\n\n“We will appoint "
        + "a new manager this week,” said Bruce Kerr.")).containsExactly("Harlow Town chairman");
    // someone else named between: the role may be theirs
    assertThat(roles("The Ireland captain had a rough afternoon, and referee Tom Hale sent off "
        + "two players. ‘We were poor,’ Liam Dunne said.")).isEmpty();
    // named before the description: it may mean another
    assertThat(roles("Liam Dunne scored early. The Ireland captain had a rough afternoon. ‘We "
        + "were poor,’ Dunne said.")).isEmpty();
    // a description that is no subject, or a name with its own description
    assertThat(roles("The match against the Ireland captain's old club was tense. ‘We were "
        + "poor,’ Liam Dunne said.")).isEmpty();
    assertThat(roles("The club secretary was late. ‘We were poor,’ said Liam Dunne, a "
        + "supporter from Athlone.")).containsExactly("supporter from Athlone");
  }

  @Test
  void anAffiliationAfterOfOrFromIsTheBodyAlone() {
    assertThat(roles("Lena Marsh, of Dyfed-Powys Police, said the search would resume."))
        .containsExactly("Dyfed-Powys Police");
    assertThat(roles("Owen Tate, from the Marine Conservation Society, said the beach was "
        + "clean.")).containsExactly("Marine Conservation Society");
    // a home town is no affiliation
    assertThat(roles("Lena Marsh, of Swindon, said the search would resume.")).isEmpty();
  }
}
