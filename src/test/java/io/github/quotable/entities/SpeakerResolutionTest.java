package io.github.quotable.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.Quotation;
import io.github.quotable.ResultInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks: pronouns, names and descriptions resolved to entities, on sentences written here. */
class SpeakerResolutionTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static List<Quotation> quotes(String text) {
    ArticleQuotes r = ResultInvariants.check(text, EXTRACTOR.extract(text));
    return r.quotations();
  }

  private static String lastSpeaker(String text) {
    List<Quotation> qs = quotes(text);
    assertThat(qs).isNotEmpty();
    return qs.get(qs.size() - 1).speakerName();
  }

  @Test
  void invertedTagWithTheRoleFirstNamesThePersonInTheAppositive() {
    List<Quotation> qs = quotes("“We are not going anywhere,” said the union's general "
        + "secretary, Mick Lynch.\n\n“The figures speak for themselves,” said the chief executive "
        + "of the NHS Confederation, Matthew Taylor.\n\n“It is over,” said the Taoiseach, Micheál "
        + "Martin.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Mick Lynch", "Matthew Taylor", "Micheál Martin");
    assertThat(qs.get(1).speaker().orElseThrow().roles())
        .containsExactly("chief executive of the NHS Confederation");
  }

  @Test
  void aCapitalisedOfficeAfterTheBeforeANameInCommasIsTheNamesRole() {
    List<Quotation> qs = quotes("“We are ready,” the First Minister, Alan Rourke, said.\n\n"
        + "“It is a good day,” the Taoiseach, Ciaran Dolan, told reporters at the summit.\n\n"
        + "The Chancellor, Ruth Abney, said there would be no new taxes.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Alan Rourke", "Ciaran Dolan", "Ruth Abney");
    assertThat(qs.get(1).content().text()).isEqualTo("It is a good day,");
  }

  @Test
  void anIrregularPastVerbEndsTheSubjectOfAParticipleTag() {
    assertThat(lastSpeaker("Opposition leader Ravi Menon hit out at the government, alleging "
        + "that it had failed to create jobs.")).isEqualTo("Ravi Menon");
    assertThat(lastSpeaker("Harland fled the room and later swore at reporters, saying the "
        + "inquiry was rigged.")).isEqualTo("Harland");
  }

  @Test
  void aRoleNounBeforeAPrepositionAndANameIsTheSourceNotTheName() {
    List<Quotation> qs = quotes("Oliver Grant spoke on Monday.\n\n"
        + "A source close to the prime minister said: “He is furious.”\n\n"
        + "“We are ready,” said an aide close to Mr Grant.\n\n"
        + "“We are not,” said a spokeswoman for Harrow Foods.");
    assertThat(qs).extracting(Quotation::speakerName).containsExactly(
        "a source close to the prime minister", "an aide close to Mr Grant",
        "a spokeswoman for Harrow Foods");
    assertThat(lastSpeaker("“We will win,” said former secretary of state Jane Ruiz."))
        .isEqualTo("Jane Ruiz");
  }

  @Test
  void aGivenNameAloneWhenFirstMetMarksThePronounsGender() {
    List<Quotation> qs = quotes("“I’m going home,” said Mary. “It’s late.”\n\n"
        + "John looked at her. “Why?” he asked.\n\n“Because I’m tired,” she replied.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Mary", "Mary", "John", "Mary");
  }

  @Test
  void givenNamesFromOutsideTheAngloWorldMarkThePronounsGender() {
    assertThat(lastSpeaker("Suresh Kumar has run a tea stall by the river for thirty years. "
        + "Next to him, Priya Raman sells vegetables from a cart. “They were warned,” he says."))
        .isEqualTo("Suresh Kumar");
    assertThat(lastSpeaker("Zeynep Arslan has taught at the village school since 2009. "
        + "Beside her, Murat Kaya points at the cracked walls. “We asked for help twice,” she "
        + "says.")).isEqualTo("Zeynep Arslan");
    assertThat(lastSpeaker("Chiamaka Obi sells fabric at the market in Onitsha. Her brother, "
        + "Emeka Obi, drives the van. “The roads are worse every year,” she says."))
        .isEqualTo("Chiamaka Obi");
    assertThat(lastSpeaker("Oksana Melnyk fled Kharkiv in March. A neighbour, Dmytro Koval, "
        + "stayed behind. “I could not leave my mother,” she said.")).isEqualTo("Oksana Melnyk");
  }

  @Test
  void aSurnameThatIsAlsoAModalBelongsToTheName() {
    List<Quotation> qs = quotes("Theresa May said the deal was done.\n\n“It is done,” Mrs May "
        + "said.\n\nThe talks will resume in May, officials said.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Theresa May", "Theresa May", "officials");
    assertThat(lastSpeaker("Brian Cole said he may resign.")).isEqualTo("Brian Cole");
  }

  @Test
  void aNameAfterAccordingToAndItsObjectIsTheNextClausesSubject() {
    assertThat(lastSpeaker("According to a summary of the inquiry, Carla Mendes, a senior aide, "
        + "deleted the files.")).isEqualTo("a summary of the inquiry");
  }

  @Test
  void pronounPrefersTheSubjectOverAMoreRecentObject() {
    assertThat(lastSpeaker("Retired judge Karen Holt campaigned for Maria Duarte in the spring.\n\n"
        + "“The court needs reform,” she said.")).isEqualTo("Karen Holt");
  }

  @Test
  void pronounSkipsANameAfterAPreposition() {
    assertThat(lastSpeaker("Gen. Tomas Reyes served for years under President Marco Ruiz.\n\n"
        + "“It was demoralizing,” he said.")).isEqualTo("Tomas Reyes");
  }

  @Test
  void pronounFollowsTheChainOfEarlierPronouns() {
    assertThat(lastSpeaker("Naureen Osei, a nurse from Leeds, backs the strike. She joined the "
        + "union last year, and she doubts that Helen Clarke can fix the hospital.\n\n"
        + "“It is a false choice,” she said.")).isEqualTo("Naureen Osei");
  }

  @Test
  void speakerIsNotTheAddresseeOfTheSameCue() {
    assertThat(lastSpeaker("Host Mark Bell asked Senator Tom Reed about the wall.\n\n"
        + "“It could be higher,” he told Bell.")).isEqualTo("Tom Reed");
  }

  @Test
  void placeNamesAreNotPeople() {
    assertThat(lastSpeaker("Mayor Dana Price toured the state last week.\n\n"
        + "In West Virginia, turnout was high. West Virginia voted early.\n\n"
        + "“We are winning,” she said.")).isEqualTo("Dana Price");
  }

  @Test
  void capitalisedPluralIsAGroupThatTheyStandsFor() {
    assertThat(lastSpeaker("Republicans in the state senate met on Tuesday.\n\n"
        + "They said the bill would fail.")).isEqualTo("Republicans");
  }

  @Test
  void aDayBetweenTheSubjectAndItsVerbIsNotTheSpeaker() {
    assertThat(lastSpeaker("Senator Ann Kowal on Saturday described her plan as a “fresh start” "
        + "for the region.")).isEqualTo("Ann Kowal");
    assertThat(lastSpeaker("The regulator last March said the merger was “dead on arrival.”"))
        .isEqualTo("the regulator");
  }

  @Test
  void aWorkWithItsPublicationDateBeforeTheVerbIsTheSource() {
    List<Quotation> qs = quotes("A harbour authority report released in late August found that "
        + "the port “could not be sure” of its funds.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speakerMention().orElseThrow().text())
        .isEqualTo("A harbour authority report released in late August");
  }

  @Test
  void aDayAfterARelativeClauseOrWithLaterIsNotTheSpeaker() {
    assertThat(lastSpeaker("Ann Kowal, who has been feuding with the council, on Friday described "
        + "her plan as a “fresh start.”")).isEqualTo("Ann Kowal");
    assertThat(lastSpeaker("Tom Ellery later Thursday told reporters the plan was “dead.”"))
        .isEqualTo("Tom Ellery");
  }

  @Test
  void aYearBetweenTheSubjectAndItsVerbIsNotTheSpeaker() {
    assertThat(lastSpeaker("Mayor Dana Price in 2019 said the tunnel was “a fantasy.”"))
        .isEqualTo("Dana Price");
  }

  @Test
  void weekdaysAndPartyAdjectivesAreNotSpeakers() {
    assertThat(lastSpeaker("Senator Ann Kowal spoke to Democrats on Friday.\n\n"
        + "“We have the votes,” she said.")).isEqualTo("Ann Kowal");
  }

  @Test
  void headlineGivesTheFullNameButNotItsTitleCaseWords() {
    assertThat(lastSpeaker("Billionaire Mark Stone Sizes Up The Field.\n\n"
        + "Stone said he sees no leader in the race.")).isEqualTo("Mark Stone");
  }

  @Test
  void pluralOfPeopleAsSubjectIsAGroupForThey() {
    assertThat(lastSpeaker("Democratic leaders are wary of moving left, but they say the plan "
        + "will pass.")).isEqualTo("Democratic leaders");
  }

  @Test
  void nameFirstSeenAsAModifierIsStillAPerson() {
    assertThat(lastSpeaker("The Ruiz administration announced the rules.\n\n"
        + "President Marco Ruiz spoke on Tuesday. He said the rules were fair."))
        .isEqualTo("Marco Ruiz");
  }

  @Test
  void representativeOfAStateIsThePersonNotTheState() {
    assertThat(lastSpeaker("“It is a stunt,” said Rep. Elena Cortes of Maryland, the ranking "
        + "Democrat.")).isEqualTo("Elena Cortes");
  }

  @Test
  void aCapitalisedTitleBeforeANameInCommasIsTheNamesRole() {
    Quotation q = quotes("The Housing Secretary, Angela Marsh, has defended the plan to sell "
        + "council homes.").get(0);
    assertThat(q.speakerName()).isEqualTo("Angela Marsh");
    assertThat(q.speaker().orElseThrow().roles()).containsExactly("Housing Secretary");
  }

  @Test
  void anAppositiveWithAVerbIsTheContentNotPartOfTheSource() {
    Quotation q = quotes("According to the Local Government Association, the average council "
        + "waiting list has grown by a fifth since 2015.").get(0);
    assertThat(q.speakerName()).isEqualTo("Local Government Association");
    assertThat(q.content().text()).startsWith("the average council waiting list has grown");
  }

  @Test
  void anUnresolvedSheIsNotALaterHe() {
    List<Quotation> qs = quotes("“I am going,” she said.\n\nHe said, “This is it.”");
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("she", "He");
  }

  @Test
  void aParticipleBetweenCommasLeavesTheSourceBeforeIt() {
    assertThat(lastSpeaker("“We are looking at all options,” a senior official, speaking on "
        + "condition of anonymity, said.")).isEqualTo("a senior official");
  }

  @Test
  void aNameWithMisDecodedLettersIsStillOneName() {
    // UTF-8 read as Latin-1 twice turns "ç" into "ÃÂ§", as in scraped news
    assertThat(lastSpeaker("\"The port must be able to pay its way,\" Mayor "
        + "Fran\u00c3\u00c2\u00a7oise Delmas said Friday.")).endsWith("Delmas");
  }

  @Test
  void aCapitalisedHeadingIsNoNameAndADayIsNoPartOfOne() {
    List<Quotation> qs = quotes("THE COUNCIL HAS QUESTIONED HIM\n\nDr. Ann Vale said the tonic "
        + "was a cure.\n\nHe released a letter in Marlow Friday that says he is healthy.");
    assertThat(qs).extracting(Quotation::speakerName).doesNotContain(
        "THE COUNCIL HAS QUESTIONED HIM", "Marlow Friday");
  }

  @Test
  void aDefiniteDescriptionWithAModifierNamesThePersonThePassageIsAbout() {
    assertThat(lastSpeaker("Tessa Lund offered advice to Paul Okoro on Friday.\n\n"
        + "While she senses anger among her supporters, the Leeds councillor acknowledged that "
        + "there are serious problems.")).isEqualTo("Tessa Lund");
  }

  @Test
  void aBareRoleNounIsSomeoneElse() {
    assertThat(lastSpeaker("Tessa Lund offered advice to Paul Okoro on Friday.\n\n"
        + "The spokesman said there are serious problems.")).isEqualTo("the spokesman");
  }

  @Test
  void anOrganisationsSpokesmanIsSomeoneNew() {
    assertThat(lastSpeaker("“Hello,” said Tom Bale.\n\n"
        + "The police spokesman said the suspect fled on foot.")).isEqualTo("the police spokesman");
  }

  @Test
  void heIsThePersonNotAMediumNorAPlace() {
    List<Quotation> qs = quotes("“Why should we pay more?” asked Maria Lopez, a nurse from "
        + "Leeds.\n\nWriting on Facebook, the club's owner said the team had “let everyone "
        + "down”.\n\n“It was,” he recalled, “the worst day of my life.”");
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("Maria Lopez",
        "the club's owner", "the club's owner", "the club's owner");
    assertThat(qs.get(1).speaker().orElseThrow().roles()).containsExactly("club's owner");
  }

  @Test
  void aTitleStartingWithAFunctionWordReadsAsATitle() {
    List<Quotation> qs = quotes("“We will not back down,” said the First Minister, Humza "
        + "Yousaf.\n\nScotland's First Minister John Swinney said the plan was fair.\n\n"
        + "Even Republicans say the plan is fair.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Humza Yousaf", "John Swinney", "Republicans");
    assertThat(qs.get(1).speaker().orElseThrow().roles()).containsExactly("First Minister");
  }

  @Test
  void theSpaniardIsThePersonThePassageIsAbout() {
    List<Quotation> qs = quotes("Arsenal manager Mikel Arteta insisted his team could still win "
        + "the title.\n\n“We are not giving up,” the Spaniard said.\n\nThe French said they "
        + "would veto the deal.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Mikel Arteta", "Mikel Arteta", "the French"); // a people, described
    assertThat(lastSpeaker("“We will win,” the Republican said.")).isEqualTo("Republican");
  }

  @Test
  void aPlaceIsNoHe() {
    List<Quotation> qs = quotes("‘I don't think it's fair,’ said Ms Khan, who runs a shop in "
        + "Bradford.\n\n“The plan will fail,” he said.");
    assertThat(qs.get(1).speakerName()).isNotEqualTo("Bradford");
  }

  @Test
  void hisStatementIsHis() {
    List<Quotation> qs = quotes("Tom Hale spoke on Monday.\n\nHis statement said the plan was "
        + "dead.\n\nHis message was simple: “Vote.”");
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("Tom Hale", "Tom Hale");
    assertThat(qs.get(0).speakerMention().orElseThrow().text()).isEqualTo("His statement");
  }

  @Test
  void aPossessorInAnAppositiveTakesNoRoleFromThePhraseBefore() {
    List<Quotation> qs = quotes("According to Statistics Canada, the jobless rate rose in May."
        + "\n\nDr. Theresa Tam, Canada's chief public health officer, warned that cases were "
        + "climbing.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Statistics Canada", "Theresa Tam");
    assertThat(qs.get(0).speaker().orElseThrow().roles()).isEmpty();
  }

  @Test
  void oneStandingAloneAfterTheCueSpeaksAndAnAgeIsNoAntecedent() {
    List<Quotation> qs = quotes("“It's over,” said one. “We lost.”\n\n“They lied to us,” said "
        + "Maria, 34, who declined to give her surname. “All of them.”");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("one", "one", "Maria", "Maria", "Maria");
  }

  @Test
  void aNounWithAParticipleClauseBeforeTheCueIsTheSpeaker() {
    assertThat(lastSpeaker("The union representing the workers said in a news release that "
        + "talks had broken down.")).isEqualTo("the union representing the workers");
  }

  @Test
  void aRoleOfOrForSomethingNamesThePersonNotTheThing() {
    List<Quotation> qs = quotes("“It is a disgrace,” the MP for Bristol West said.\n\n"
        + "The Secretary of State for Health said the plan was working.\n\n"
        + "“We will appeal,” said the Commissioner for Human Rights.\n\n"
        + "The chief executive of the NHS Confederation said hospitals were full.\n\n"
        + "The minister for housing said prices would fall.\n\n"
        + "“We are ready,” said the director of nursing.");
    assertThat(qs).extracting(Quotation::speakerName).containsExactly(
        "the MP for Bristol West", "the Secretary of State for Health",
        "the Commissioner for Human Rights", "the chief executive of the NHS Confederation",
        "the minister for housing", "the director of nursing");
    assertThat(qs.get(3).speaker().orElseThrow().roles())
        .containsExactly("chief executive of the NHS Confederation");
  }

  @Test
  void aTitleBeforeAnOrganisationIsNoRoleOfIt() {
    List<Quotation> qs = quotes("The Governor of the Bank of England warned of a slowdown.\n\n"
        + "The Bank of England said rates would rise.\n\n"
        + "“Yes,” said Secretary of State John Kerry.");
    assertThat(qs).extracting(Quotation::speakerName).containsExactly(
        "the Governor of the Bank of England", "Bank of England", "John Kerry");
    assertThat(qs.get(1).speaker().orElseThrow().roles()).isEmpty();
  }

  @Test
  void aGroupWhoseNameStartsWithAMarkGivesAValidResult() {
    // a fuzzer's case: a combining mark glued to the start of a plural subject
    String text = "The story was updated with remarks from \u2013\u031dNC delegates.\n\n"
        + "\u031dNC delegates said the vote was fair.";
    assertThat(quotes(text)).isNotEmpty();
  }

  @Test
  void aSubjectWithAnAgeSpeaksToThePaperAfterTold() {
    Quotation q = quotes("Smith, 45, told the Mirror: ‘We have nothing left.’").get(0);
    assertThat(q.speakerName()).isEqualTo("Smith");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("the Mirror");
  }

  @Test
  void britishTitlesWithoutAFullStopAreNoPartOfTheName() {
    assertThat(lastSpeaker("‘It is a scandal,’ says Dr Jane Doe, of the University of Bath."))
        .isEqualTo("Jane Doe");
    assertThat(lastSpeaker("Cllr Ann Lee said the budget was balanced.")).isEqualTo("Ann Lee");
  }

  @Test
  void aParticipleOfAThingBelongsToTheSubjectOfTheClauseBetween() {
    assertThat(lastSpeaker("The row erupted a week after the mayor took office with harsh words "
        + "about cyclists, calling them reckless.")).isEqualTo("the mayor");
    // a subject that can speak keeps the participle
    assertThat(lastSpeaker("The mayor spoke after the vote was counted, calling it a disgrace."))
        .isEqualTo("the mayor");
  }

  @Test
  void aWealthyOwnerDescribedByTheSourceOfTheirWealthIsTheNamedOwner() {
    assertThat(lastSpeaker("Marta Quinn bought the club in May. “We will build a new stand,” the "
        + "shipping magnate told reporters.")).isEqualTo("Marta Quinn");
  }

  @Test
  void anAdverbOrATimeAgoBetweenSubjectAndCueIsNoPartOfTheSubject() {
    assertThat(lastSpeaker("He soon learned that his parents had never filed the papers."))
        .isEqualTo("He");
    assertThat(lastSpeaker("The ministry less than two weeks ago said that the files were "
        + "secret.")).isEqualTo("the ministry");
    assertThat(lastSpeaker("The council instead argued that the road should close."))
        .isEqualTo("the council");
  }

  @Test
  void thePassiveCuesAgentAfterByIsTheSource() {
    assertThat(lastSpeaker("The minister was told by aides that the plan had failed."))
        .isEqualTo("aides");
    assertThat(lastSpeaker("At the depot, Dara was berated by her manager for leaving early."))
        .isEqualTo("her manager");
    // "by" and a time is no agent
    assertThat(lastSpeaker("Ms. Cole was told by Friday that the job was hers."))
        .isEqualTo("Cole");
  }

  @Test
  void aPlaceOrATitleNamedInTheAppositiveIsNotTheSpeaker() {
    assertThat(lastSpeaker("Ana Ruiz, a nurse from Brownsville, Texas, said the water was "
        + "rising.")).isEqualTo("Ana Ruiz");
    assertThat(lastSpeaker("Luca Ferri, the editor of its weekly newspaper, La Voce, said the "
        + "claims were false.")).isEqualTo("Luca Ferri");
    // a name after a preposition is no subject: the appositive's name speaks
    assertThat(lastSpeaker("In a statement to the Observer, her adviser, Jake Sullivan, said the "
        + "claims were false.")).isEqualTo("Jake Sullivan");
    assertThat(lastSpeaker("The port's operator, Meridian Terminals, said the strike was "
        + "illegal.")).isEqualTo("Meridian Terminals");
  }

  @Test
  void accordingToAPersonsRoleThenTheirNameIsThatPerson() {
    List<Quotation> qs = quotes("According to the company's spokesman, Tom Reed, the plant will "
        + "close.");
    assertThat(qs.get(0).speakerName()).isEqualTo("Tom Reed");
    assertThat(qs.get(0).speaker().orElseThrow().roles()).containsExactly("company's spokesman");
    // a document's name after the comma is the next clause's subject
    assertThat(lastSpeaker("According to an FBI summary, Cheryl Mills, a top aide, sent the "
        + "emails.")).isEqualTo("an FBI summary");
  }

  @Test
  void aRoleDescribedAsTheSubjectIsWhomALaterPronounMeansNotTheClubBeforeTheRole() {
    assertThat(lastSpeaker("The Kendal coach was blunt. 'We were rubbish,' he said."))
        .isEqualTo("the Kendal coach");
    assertThat(lastSpeaker("Kendal lost again on Saturday.\n\nThe Kendal coach was blunt. "
        + "'We were rubbish,' he said.")).isEqualTo("the Kendal coach");
    assertThat(lastSpeaker("Kendal Rovers slumped to a fourth straight defeat.\n\nThe Kendal "
        + "coach was blunt. 'We were rubbish,' he said.")).isEqualTo("the Kendal coach");
  }

  @Test
  void aDescriptionNamingOneClubIsNotThePersonKnownAsAnotherClubsManager() {
    List<Quotation> qs = quotes("'It was a great afternoon,' said the Hibernian manager Colm "
        + "Bryce.\n\nThe Hearts boss was less happy. 'We gave away three soft goals,' he said.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Colm Bryce", "the Hearts boss");
  }

  @Test
  void aDescriptionWhoseReportedSpeechOpensWithSheIsAWomanNotTheLatestMan() {
    // Frayne is named twice: someone the passage keeps to, whom a body's office may mean
    assertThat(lastSpeaker("Tom Hurst scored twice as Wales beat Scotland. Gemma Frayne "
        + "watched from the stands. Frayne had picked him.\n\nHurst was substituted late on. "
        + "The Wales manager said she had been impressed.")).isEqualTo("Gemma Frayne");
  }

  @Test
  void anAgeForANounAsTheSubjectIsTheNamedPersonALaterPronounMeans() {
    assertThat(lastSpeaker("Maya Lund won the final at Queen's Club on Sunday, beating Ana "
        + "Varga in three sets.\n\nThe 22-year-old was in tears afterwards. 'I dreamed of "
        + "this as a girl,' she said.")).isEqualTo("Maya Lund");
  }

  @Test
  void theOfficeAsSpeakerLaterIsTheOneNamedPersonWhoHoldsIt() {
    List<Quotation> qs = quotes("Taoiseach Declan Furlong said the budget would pass.\n\n"
        + "Later, the Taoiseach told reporters that talks would resume on Monday.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Declan Furlong", "Declan Furlong");
    assertThat(lastSpeaker("Prime Minister Tom Aldred met business leaders on Friday.\n\n"
        + "The opposition attacked the plan.\n\n"
        + "The Prime Minister told the Commons that growth would return."))
        .isEqualTo("Tom Aldred");
  }

  @Test
  void theOfficeHeldByTwoNamedPeopleIsNotGivenToEither() {
    String speaker = lastSpeaker("Governor Ann Rourke met Governor Joe Kell on Friday.\n\n"
        + "The Governor told reporters that the deal was done.");
    assertThat(speaker).isNotIn("Ann Rourke", "Joe Kell");
  }

  @Test
  void aLowerCaseRoleHeldByTwoNamedPeopleIsNotTheLastOfThem() {
    String speaker = lastSpeaker("Mayor Jo Pike and Mayor Ken Hale met on Friday.\n\n"
        + "The mayor told reporters the deal was done.");
    assertThat(speaker).isNotIn("Jo Pike", "Ken Hale");
    assertThat(lastSpeaker("Mayor Jo Pike met the council on Friday.\n\n"
        + "The mayor told reporters the deal was done.")).isEqualTo("Jo Pike");
  }
  @Test
  void aBodysOfficeIsItsNamedHolderNotWhoeverWasNamedLast() {
    Quotation q = quotes("Harry Kane scored twice at Wembley. “We need to do better,” the England "
        + "manager said.").get(0);
    assertThat(q.speakerName()).isEqualTo("the England manager");
    assertThat(q.speaker().orElseThrow().named()).isFalse();
    assertThat(lastSpeaker("England manager Gareth Southgate named his squad on Thursday. Harry "
        + "Kane was left out. “It was a difficult decision,” the England manager said."))
        .isEqualTo("Gareth Southgate");
    // someone the passage keeps to may be meant by an office not given before
    assertThat(lastSpeaker("Ciara Doyle scored 1-7 in Salthill. Doyle was later named player of "
        + "the match. “We were due a win,” the Galway captain said.")).isEqualTo("Ciara Doyle");
  }

  @Test
  void aNameOfSeveralWordsAfterAtIsAVenueNoPronounCanMean() {
    assertThat(lastSpeaker("Leeds were beaten at Elland Road on Saturday. “We were second best,” "
        + "he said.")).isEqualTo("he");
    assertThat(lastSpeaker("Speaking at Old Trafford, the United manager said his players had "
        + "let the fans down.")).isEqualTo("the United manager");
    // one word after "at" may still be a person
    assertThat(lastSpeaker("Mick Dalton took a swipe at Jurgen Kessler on Friday. “He moans too "
        + "much,” he said.")).isEqualTo("Mick Dalton");
  }
  @Test
  void aDutchTenInsideANameIsAParticle() {
    assertThat(lastSpeaker("Ajax coach Pieter ten Brink said his side deserved more."))
        .isEqualTo("Pieter ten Brink");
    assertThat(lastSpeaker("Leeds had ten Premier League wins, said Jesse Marsh."))
        .isEqualTo("Jesse Marsh");
  }
  @Test
  void aClubsRoleIsNotTheOneKnownAsAnotherClubsHolderOfIt() {
    Quotation q = quotes("Rovers boss Neil Carrick was delighted. Harbour City manager Mark Dyer "
        + "was not. “We were awful,” the City boss said.").get(0);
    assertThat(q.speakerName()).isEqualTo("the City boss");
    assertThat(lastSpeaker("Rovers boss Neil Carrick was delighted. Sam Okafor scored twice. "
        + "“He was brilliant,” the Rovers boss said.")).isEqualTo("Neil Carrick");
    // an acronym of the body, and a role that names none
    assertThat(lastSpeaker("Ann Reid, a senior Football Supporters Association member, spoke "
        + "first. “We want answers,” the FSA member said.")).isEqualTo("Ann Reid");
    assertThat(lastSpeaker("Award-winning coach Ian Pope watched on. “They were superb,” the "
        + "Rovers coach said.")).isEqualTo("Ian Pope");
  }
}
