package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the whole pipeline on sentences written for these tests. */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static ArticleQuotes extract(String text) {
    return ResultInvariants.check(text, EXTRACTOR.extract(text));
  }

  private static Quotation only(String text) {
    List<Quotation> qs = extract(text).quotations();
    assertThat(qs).hasSize(1);
    return qs.get(0);
  }

  @Test
  void directQuoteWithCueAfterItInCurlyMarks() {
    Quotation q = only("“We will rebuild the bridge by spring,” Mayor Ellen Park said on Monday.");
    assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(q.content().text()).isEqualTo("We will rebuild the bridge by spring,");
    assertThat(q.speakerName()).isEqualTo("Ellen Park");
    assertThat(q.speaker().get().roles()).containsExactly("Mayor");
    assertThat(q.cue().get().text()).isEqualTo("said");
    assertThat(q.speakerMention().get().text()).isEqualTo("Ellen Park");
  }

  @Test
  void aWishToStayUnnamedIsNoQuotation() {
    Quotation q = only("A nurse, who did not wish to be named, said the ward was full.");
    assertThat(q.content().text()).isEqualTo("the ward was full");
    assertThat(only("The striker, who did not want to be identified, said the squad was tired.")
        .content().text()).isEqualTo("the squad was tired");
    assertThat(only("The coach hopes to be selected for the final.").content().text())
        .isEqualTo("to be selected for the final");
  }

  @Test
  void anAuthorsParticipleClauseAfterTheTagEndsIt() {
    Quotation q = only("Profits fell 10%, the company said on Tuesday, giving investors a shock.");
    assertThat(q.content().text()).isEqualTo("Profits fell 10%");
    assertThat(q.speakerName()).isEqualTo("the company");
    assertThat(only("LONDON (Reuters) - The economy grew faster than expected, official figures "
        + "showed on Thursday, giving finance minister Rachel Reeves a boost.").speakerName())
        .isEqualTo("official figures");
  }

  @Test
  void theTagsOwnMomentAfterItIsNoContent() {
    Quotation q = only("The plant will close next spring, the carmaker announced on Thursday, two "
        + "days after workers voted to strike.");
    assertThat(q.content().text()).isEqualTo("The plant will close next spring");
    assertThat(q.speakerName()).isEqualTo("the carmaker");
    assertThat(only("The club will appeal against the ruling, a spokesman said on Monday, "
        + "after the league docked it ten points.").content().text())
        .isEqualTo("The club will appeal against the ruling");
    assertThat(only("The bridge is safe, the council said, just hours before engineers closed it.")
        .content().text()).isEqualTo("The bridge is safe");
  }

  @Test
  void aNounEndingInLyIsNoAdverbBeforeTheCue() {
    Quotation q = only("The family said that they were heartbroken.");
    assertThat(q.speakerName()).isEqualTo("the family");
    assertThat(only("In a statement, the family said: “We are heartbroken.”").cue().get().text())
        .isEqualTo("said");
    assertThat(only("He repeatedly said the plan was dead.").cue().get().text()).isEqualTo("said");
  }

  @Test
  void accordingToASourceBeforeAClauseWithAnUnknownVerb() {
    Quotation q = only("According to court documents, the company paid $3 million in bribes.");
    assertThat(q.content().text()).isEqualTo("the company paid $3 million in bribes");
    assertThat(q.speakerName()).isEqualTo("court documents");
    assertThat(only("According to Ann Lowe, a housing expert, prices will rise.").speakerName())
        .isEqualTo("Ann Lowe");
  }

  @Test
  void aDayAfterTheAddresseeIsNoPartOfIt() {
    Quotation q = only("“We're going to win,” Mr. Diaz told supporters Tuesday night.");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("supporters");
  }

  @Test
  void aCueWordAfterANameAfterAIsANoun() {
    Quotation q = only("“Consumers are doing it tough,” she told a Senate estimates hearing "
        + "in Canberra.");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("a Senate estimates hearing");
  }

  @Test
  void aWordLinkingTheSentenceToTheOneBeforeIsNoPartOfTheSubject() {
    Quotation q = only("Even the Home Secretary tried to calm the row, noting that she would have "
        + "done the same.");
    assertThat(q.content().text()).isEqualTo("she would have done the same");
    assertThat(q.speakerName()).isEqualTo("Home Secretary");
    Quotation said = only("But the appeals court overruled the judge and said the state already "
        + "offered enough polling stations.");
    assertThat(said.content().text())
        .isEqualTo("the state already offered enough polling stations");
    assertThat(said.speakerName()).isEqualTo("the appeals court");
  }

  @Test
  void aParticipleCueAfterACommaInsideTheClosingMark() {
    List<Quotation> qs = extract("House Speaker Mike Johnson on Wednesday dismissed the report as "
        + "“fake news,” telling reporters it was “a distraction.”").quotations();
    Quotation q = qs.get(qs.size() - 1);
    assertThat(q.cue().orElseThrow().text()).isEqualTo("telling");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("reporters");
    assertThat(q.content().text()).isEqualTo("it was “a distraction.”");
  }

  @Test
  void aVerbOfQuotationsOnlyReportsNoClause() {
    assertThat(extract("When I asked whether he would sell, he laughed.").quotations())
        .extracting(q -> q.cue().map(Span::text).orElse("")).doesNotContain("laughed");
    assertThat(only("“Not a chance,” he laughed.").cue().orElseThrow().text())
        .isEqualTo("laughed");
    List<Quotation> qs = extract("When my mother mentioned it, I laughed and said, “I don't "
        + "believe it.”").quotations();
    assertThat(qs.get(qs.size() - 1).speakerName()).isEqualTo("I");
  }

  @Test
  void criedAfterAQuotationIsItsCue() {
    assertThat(only("“Hello!” he cried.").cue().get().text()).isEqualTo("cried");
    assertThat(EXTRACTOR.extract("The baby cried all night.").quotations()).isEmpty();
  }

  @Test
  void aVerbOfManneredSpeechAfterAQuotationIsItsCueAndNamesItsSpeaker() {
    Quotation q = only("“It is a disgrace,” fumed Labour MP Diane Abbott.");
    assertThat(q.cue().get().text()).isEqualTo("fumed");
    assertThat(q.speaker().get().name()).isEqualTo("Diane Abbott");
    assertThat(q.speaker().get().roles()).containsExactly("Labour MP");
    assertThat(only("“Never,” snapped the minister.").cue().get().text()).isEqualTo("snapped");
    assertThat(only("“We won,” she beamed.").cue().get().text()).isEqualTo("beamed");
    assertThat(EXTRACTOR.extract("The crowd roared as the minister smiled.").quotations())
        .isEmpty();
  }

  @Test
  void anAgeForANounIsAPersonAndTheOneThePassageIsAbout() {
    Quotation q = EXTRACTOR.extract("Jane Smith, 58, runs a bakery in Leeds.\n\n"
        + "“We are not closing,” the 58-year-old told customers.").quotations().get(0);
    assertThat(q.cue().get().text()).isEqualTo("told");
    assertThat(q.speaker().get().name()).isEqualTo("Jane Smith");
    assertThat(q.addressee().get().text()).isEqualTo("customers");
    Speaker group = only("“We won,” said two 19-year-olds outside the court.").speaker().get();
    assertThat(group.kind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(group.name()).isEqualTo("two 19-year-olds");
  }

  @Test
  void aDescriptionOfThePersonThePassageIsAboutMayCarryARelativeClause() {
    String story = "Mary Raman remembers the day the water came. “It rose so fast,” recalls the "
        + "veteran farmer%s.";
    assertThat(only(String.format(story, "")).speakerName()).isEqualTo("Mary Raman");
    assertThat(only(String.format(story, ", who lives outside Chennai")).speakerName())
        .isEqualTo("Mary Raman");
  }

  @Test
  void aPhotoCreditsNameIsNoReferent() {
    String credit = "The comedian Ann Berg dubbed herself over a speech by the governor.\n\n"
        + "Tom Hale via Getty Images.\n\n“What if he had lessons?” the 43-year-old asked.";
    assertThat(EXTRACTOR.extract(credit).quotations()).extracting(Quotation::speakerName)
        .containsExactly("Ann Berg");
    assertThat(EXTRACTOR.extract(credit.replace("via Getty Images", "/Reuters")).quotations())
        .extracting(Quotation::speakerName).containsExactly("Ann Berg");
  }

  @Test
  void everydayPeopleSpeakInInvertedTags() {
    for (String who : List.of("the woman", "a farmer", "one fan", "the boy", "a pensioner")) {
      Quotation q = only("“We lost everything,” said " + who + ".");
      assertThat(q.speakerName()).isEqualTo(who);
      assertThat(q.speaker().get().kind()).isEqualTo(SpeakerKind.PERSON);
    }
  }

  @Test
  void anotherAndOneOpeningASentenceAreSpeakersOfAVoxPop() {
    String voxPop = "“It is a disgrace,” said one protester. Another, a retired teacher, said the "
        + "council had “lost its way”. One said she could not afford the rent.";
    List<Quotation> qs = extract(voxPop).quotations();
    assertThat(qs).extracting(q -> q.content().text()).containsExactly("It is a disgrace,",
        "the council had “lost its way”", "she could not afford the rent");
    assertThat(qs.get(1).type()).isEqualTo(QuoteType.MIXED);
    assertThat(qs.get(1).speaker().get().roles()).containsExactly("retired teacher");
    assertThat(qs.get(2).speakerName()).isEqualTo("One");
    // a number or a determiner before a verb is still no subject
    assertThat(extract("The one said to be closest is Ms Reyes.").quotations()).isEmpty();
  }

  @Test
  void councillorsAndAldermenAbbreviatedAreTitles() {
    Speaker s = only("“We are delighted,” said Coun. Mary Jones.").speaker().get();
    assertThat(s.name()).isEqualTo("Mary Jones");
    assertThat(s.roles()).containsExactly("Coun.");
    assertThat(only("Ald. Brendan Reilly said the vote was close.").speaker().get().name())
        .isEqualTo("Brendan Reilly");
  }

  @Test
  void inTheWordsOfNamesASourceAsAccordingToDoes() {
    Quotation q = only("In the words of one campaigner, “This is only the beginning.”");
    assertThat(q.speakerName()).isEqualTo("one campaigner");
    assertThat(q.cue().get().text()).isEqualTo("In the words of");
    assertThat(q.content().text()).isEqualTo("This is only the beginning.");
    q = only("The plan was doomed from the start, in the words of a former minister.");
    assertThat(q.speakerName()).isEqualTo("a former minister");
    assertThat(q.content().text()).isEqualTo("The plan was doomed from the start");
    assertThat(EXTRACTOR.extract("Her words of thanks were brief.").quotations()).isEmpty();
  }

  @Test
  void aPhraseAfterAVerbOfTellingWithAVerbOfItsOwnIsTheClausesSubject() {
    assertThat(only("Doctors have warned the NHS faces its worst winter yet.").content().text())
        .isEqualTo("the NHS faces its worst winter yet");
    assertThat(only("Inspectors warned the hospital is at risk of closure.").content().text())
        .isEqualTo("the hospital is at risk of closure");
    Quotation q = only("She told the court the contract was void.");
    assertThat(q.content().text()).isEqualTo("the contract was void");
    assertThat(q.addressee().get().text()).isEqualTo("the court");
  }

  @Test
  void aNounOfAnsweringAfterAQuotationNamesItsSpeaker() {
    Quotation q = only("“Not a chance,” came the reply from the transport minister.");
    assertThat(q.cue().get().text()).isEqualTo("reply");
    assertThat(q.speakerName()).isEqualTo("the transport minister");
    assertThat(q.rule()).isEqualTo("reply");
    List<Quotation> all = EXTRACTOR.extract("Jane Hollis was asked if she would resign. “Never,” "
        + "was her answer.").quotations();
    q = all.get(all.size() - 1);
    assertThat(q.content().text()).isEqualTo("Never,");
    assertThat(q.speakerName()).isEqualTo("Jane Hollis");
    assertThat(only("‘We will see’, was Lee’s curt response.").speakerName()).isEqualTo("Lee");
    assertThat(EXTRACTOR.extract("“Fake news” was his reply to it.").quotations())
        .extracting(Quotation::rule).doesNotContain("reply");
  }

  @Test
  void aPerCentSignEndingTheContentIsPartOfIt() {
    assertThat(only("The ministry said inflation rose to 3.1%.").content().text())
        .isEqualTo("inflation rose to 3.1%");
    assertThat(only("Economists had expected growth of 0.2% (in the quarter).").content().text())
        .isEqualTo("growth of 0.2% (in the quarter)");
  }

  @Test
  void aWireDatelineIsNoPartOfTheFirstSentencesContent() {
    Quotation q = only("LONDON, May 3 (Reuters) - The bank will keep rates on hold, its governor "
        + "said on Friday.");
    assertThat(q.content().text()).isEqualTo("The bank will keep rates on hold");
    assertThat(only("WASHINGTON — The senator said the bill was dead.").content().text())
        .isEqualTo("the bill was dead");
    assertThat(only("NASA said on Tuesday the launch would go ahead.").speakerName())
        .isEqualTo("NASA");
  }

  @Test
  void aTitleCaseDatelineWithAnAgencyIsNoSpeaker() {
    Quotation q = only("New York (AFP) – The mayor opened the bridge on Monday, saying it would "
        + "cut journeys by half.");
    assertThat(q.speakerName()).isEqualTo("the mayor");
    assertThat(EXTRACTOR.extract("Smith – the mayor – said the bridge was safe.").quotations())
        .extracting(Quotation::speakerName).containsExactly("Smith");
  }

  @Test
  void aDateAfterABracketedPartyIsSkippedToTheSubject() {
    List<Quotation> qs = EXTRACTOR.extract("Sen. Ann Lee (D-Calif.) on Friday criticized the "
        + "bill, saying it went “nowhere near far enough.”").quotations();
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("Ann Lee", "Ann Lee");
    assertThat(qs).extracting(x -> x.cue().get().text()).containsExactly("criticized", "saying");
  }

  @Test
  void directQuoteInStraightMarksWithInvertedCueAndAppositive() {
    Quotation q = only("\"Rates will stay high,\" said Tomas Berg, chief economist at Nordbank.");
    assertThat(q.content().text()).isEqualTo("Rates will stay high,");
    assertThat(q.speakerName()).isEqualTo("Tomas Berg");
    assertThat(q.speaker().get().roles()).containsExactly("chief economist at Nordbank");
  }

  @Test
  void singleAndGuillemetAndLowNinetyMarks() {
    assertThat(only("‘The club’s future is safe,’ the chairman said.").content().text())
        .isEqualTo("The club’s future is safe,");
    assertThat(only("«Nous resterons ici», said Marie Laurent.").content().text())
        .isEqualTo("Nous resterons ici");
    assertThat(only("„Wir bleiben hier“, said Klaus Weber.").content().text())
        .isEqualTo("Wir bleiben hier");
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    ArticleQuotes r = extract("Iraq’s army said the ’90s were over and the dogs’ owners agreed.");
    assertThat(r.quotations()).extracting(Quotation::type).containsOnly(QuoteType.INDIRECT);
  }

  @Test
  void indirectSpeechAfterSaidThatIsContentWithoutThat() {
    Quotation q = only("The minister said that the border would reopen next week.");
    assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(q.content().text()).isEqualTo("the border would reopen next week");
    assertThat(q.speakerName()).isEqualTo("the minister");
  }

  @Test
  void indirectSpeechWithCueAfterIt() {
    Quotation q = only("The dam was never inspected, a regional official said.");
    assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(q.content().text()).isEqualTo("The dam was never inspected");
    assertThat(q.speakerName()).isEqualTo("a regional official");
    assertThat(q.speaker().get().named()).isFalse();
    assertThat(q.speaker().get().roles()).containsExactly("regional official");
  }

  @Test
  void anAppositiveAfterAnInvertedSourceEndsTheTagNotTheContent() {
    Quotation q = only("The plan is the first of its kind, said Maria Lopez, a housing expert "
        + "who has published several books.");
    assertThat(q.content().text()).isEqualTo("The plan is the first of its kind");
    assertThat(q.speakerName()).isEqualTo("Maria Lopez");
    assertThat(only("The aid has stalled, said a former spokesman for the ministry, Oleg Petrov, "
        + "who also ran for mayor.").content().text()).isEqualTo("The aid has stalled");
  }

  @Test
  void evenBeforeAPhraseStaysInTheContentEvenBeforeAClauseEndsIt() {
    assertThat(only("The coach said the team could not win, even in a perfect season.")
        .content().text()).isEqualTo("the team could not win, even in a perfect season");
    assertThat(only("The coach said the team could not win, even if the striker returns.")
        .content().text()).isEqualTo("the team could not win");
  }

  @Test
  void aReportInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
    Quotation q = only("While the mayor argued that the tax would pay for the bridge, the council "
        + "voted it down.");
    assertThat(q.content().text()).isEqualTo("the tax would pay for the bridge");
    assertThat(q.speakerName()).isEqualTo("the mayor");
    assertThat(only("After the senator claimed the budget was balanced, the auditors opened the "
        + "books.").content().text()).isEqualTo("the budget was balanced");
  }

  @Test
  void aSecondReportOpensTheMainClauseAfterAReportInASubordinateClause() {
    // the main clause's subject and its verb read like a noun phrase: "critics say", "others argue"
    assertThat(extract("While the health secretary insists the scheme works, critics say it has "
        + "failed.").quotations()).extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("the scheme works", "the health secretary"),
            tuple("it has failed", "critics"));
    assertThat(extract("Although the manager says the squad is fit, others argue that the "
        + "players are exhausted.").quotations()).extracting(q -> q.content().text())
        .containsExactly("the squad is fit", "the players are exhausted");
  }

  @Test
  void aReportInARelativeClauseEndsWhereTheMainPredicateResumes() {
    assertThat(only("The senator, who has said the war was a mistake, will visit the base on "
        + "Friday.").content().text()).isEqualTo("the war was a mistake");
    assertThat(only("The group, which claims the vaccine is unsafe, has filed a lawsuit.")
        .content().text()).isEqualTo("the vaccine is unsafe");
  }

  @Test
  void mixedQuoteKeepsTheMarksOfItsQuotedPart() {
    Quotation q = only("Halvorsen said the league would “fight this ruling to the end.”");
    assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    assertThat(q.content().text()).isEqualTo("the league would “fight this ruling to the end.”");
  }

  @Test
  void sentenceLongQuotationAfterCalledIsDirectAndAnEpithetKeepsItsObject() {
    Quotation q = only("The senator called the proposal “a gift to the polluters who have "
        + "fouled our rivers for thirty years.”");
    assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(q.content().text())
        .isEqualTo("a gift to the polluters who have fouled our rivers for thirty years.");
    assertThat(q.cue().get().text()).isEqualTo("called");
    Quotation epithet = only("The senator called the proposal “a gift to polluters.”");
    assertThat(epithet.type()).isEqualTo(QuoteType.MIXED);
    assertThat(epithet.content().text()).isEqualTo("the proposal “a gift to polluters.”");
  }

  @Test
  void aPhraseAfterACalledEpithetCompletesIt() {
    assertThat(only("The bishop called the treaty “a welcome step” for the fishing villages.")
        .content().text()).isEqualTo("the treaty “a welcome step” for the fishing villages");
    assertThat(only("The union called the offer “far worse” than the deal it replaces.")
        .content().text()).isEqualTo("the offer “far worse” than the deal it replaces");
  }

  @Test
  void thePhraseAfterACalledEpithetStopsBeforeTheNextQuotation() {
    ArticleQuotes result = QuoteExtractor.builder().build().extract("The tenants’ union called "
        + "the council’s talk of “fair rents” across the city “a cynical fraud.”");
    assertThat(result.quotations()).extracting(q -> q.content().text())
        .containsExactly("the council’s talk of “fair rents” across the city",
            "a cynical fraud.");
  }

  @Test
  void timeAndPlaceAfterACalledEpithetStayOut() {
    assertThat(only("The bishop called the treaty “a welcome step” on Thursday.")
        .content().text()).isEqualTo("the treaty “a welcome step”");
    assertThat(only("The bishop called the treaty “a welcome step” over the weekend.")
        .content().text()).isEqualTo("the treaty “a welcome step”");
    assertThat(only("The bishop called the treaty “a welcome step” at a service in Cork.")
        .content().text()).isEqualTo("the treaty “a welcome step”");
  }

  @Test
  void aLinkingAdverbOpeningTheSentenceIsTheWritersNotTheContent() {
    assertThat(only("Still, the ferry will run on Sundays, the operator said.").content().text())
        .isEqualTo("the ferry will run on Sundays");
    assertThat(only("However, the museum will stay shut, according to the council.")
        .content().text()).isEqualTo("the museum will stay shut");
    assertThat(only("Still more families will move north, the report found.").content().text())
        .isEqualTo("Still more families will move north");
  }

  @Test
  void aCommaInsideAPlaceOrADateDoesNotEndAnObject() {
    assertThat(only("The mayor praised the nurses of the clinic in Leeds, England.")
        .content().text()).isEqualTo("the nurses of the clinic in Leeds, England");
    assertThat(only("The senator criticized the memo dated June 2, 2015.").content().text())
        .isEqualTo("the memo dated June 2, 2015");
    assertThat(only("The governor promised to open a clinic in Dayton, Ohio, and a school in "
        + "Akron.").content().text())
        .isEqualTo("to open a clinic in Dayton, Ohio, and a school in Akron");
  }

  @Test
  void accusedOfAWhollyQuotedChargeTakesTheQuotation() {
    // as the seed article and the format's "called the alliance “a distinguished example”"
    Quotation q = only("Amnesty International accused the police of “using excessive force.”");
    assertThat(q.content().text()).isEqualTo("using excessive force.");
    assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(q.speakerName()).isEqualTo("Amnesty International");
    assertThat(q.speaker().get().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void accordingToBeforeAndAfterTheContent() {
    Quotation before = only("According to the fire service, the blaze started in a kitchen.");
    assertThat(before.content().text()).isEqualTo("the blaze started in a kitchen");
    assertThat(before.cue().get().text()).isEqualTo("According to");
    Quotation after = only("The blaze started in a kitchen, according to the fire service.");
    assertThat(after.content().text()).isEqualTo("The blaze started in a kitchen");
    assertThat(after.speakerName()).isEqualTo("the fire service");
  }

  @Test
  void accordingToVouchesForTheClauseItIsAttachedTo() {
    assertThat(only("One fact stands out: rents have risen 9 percent, according to the "
        + "housing agency.").content().text()).isEqualTo("rents have risen 9 percent");
    assertThat(only("Voters like her, with 56 percent of them rating her well, according to a "
        + "poll in May.").content().text()).isEqualTo("56 percent of them rating her well");
    assertThat(only("He left the country after, according to him, the station censored his "
        + "first report.").content().text()).isEqualTo("the station censored his first report");
  }

  @Test
  void anIngWordBetweenDeterminerAndNounStaysInTheSource() {
    assertThat(only("The housing agency said rents have risen.").speakerMention().get().text())
        .isEqualTo("The housing agency");
    assertThat(only("Rents have risen, according to the polling firm.").speakerName())
        .isEqualTo("the polling firm");
  }

  @Test
  void aReportEndsWhereTheNextReportBegins() {
    ArticleQuotes r = extract("Lena Cruz, who said she often votes for Democrats, said one "
        + "candidate she likes is the governor. Most voters said they were worried, and more "
        + "than 4 in 10 said the governor would handle it best. Early on, 47 percent said they "
        + "would vote for Ortiz, however that number has dropped since.");
    assertThat(r.quotations()).extracting(q -> q.content().text()).containsExactly(
        "she often votes for Democrats", "one candidate she likes is the governor",
        "they were worried", "the governor would handle it best", "they would vote for Ortiz");
    assertThat(r.quotations().get(3).speakerMention().get().text())
        .isEqualTo("more than 4 in 10");
  }

  @Test
  void pluralSourcesWithAModifierBeforeSay() {
    ArticleQuotes r = extract("Aides to Governor Lee say she is shifting her tack. People "
        + "briefed on the talks say that the deal is close. A mere 9 percent say they only buy "
        + "local goods. Sources close to the campaign say she will run.");
    assertThat(r.quotations()).extracting(q -> q.speakerMention().get().text()).containsExactly(
        "Aides to Governor Lee", "People briefed on the talks", "A mere 9 percent",
        "Sources close to the campaign");
    assertThat(r.quotations().get(0).speakerName()).isNotEqualTo("Lee");
  }

  @Test
  void aShareOfPeopleIsASubject() {
    ArticleQuotes r = extract("Most say the bridge should be rebuilt. Some said they would "
        + "move away. 38% say rents are too high. One in five say the buses are late. Nearly a "
        + "third say they don't know. Ana Ruiz and Tom Bell both said the vote was fair.");
    assertThat(r.quotations()).extracting(q -> q.content().text()).containsExactly(
        "the bridge should be rebuilt", "they would move away", "rents are too high",
        "the buses are late", "they don't know", "the vote was fair");
    assertThat(r.quotations()).extracting(q -> q.speakerMention().get().text()).containsExactly(
        "Most", "Some", "38%", "One in five", "a third", "Tom Bell");
  }

  @Test
  void aTagInsideASubjectWithAClauseOfItsOwn() {
    ArticleQuotes r = extract("Those who moved here last year, he said, must still register. "
        + "The years that followed, Lind says, brought a shift. The bridge is near the station, which, he said, is busy.");
    assertThat(r.quotations()).extracting(q -> q.content().text()).containsExactly(
        "Those who moved here last year, he said, must still register",
        "The years that followed, Lind says, brought a shift");
  }

  @Test
  void aCapitalisedPronounAfterAColonIsASubject() {
    Quotation q = only("Lena Cruz is confident: She said the money will come in by May.");
    assertThat(q.content().text()).isEqualTo("the money will come in by May");
    assertThat(q.speakerName()).isEqualTo("Lena Cruz");
  }

  @Test
  void saidThatAfterAnAsideOpensTheContentNotAnInvertedSource() {
    ArticleQuotes r = extract("Lind, citing figures from the housing agency, said that about "
        + "4,000 families left the city.");
    assertThat(r.quotations()).extracting(q -> q.content().text())
        .contains("about 4,000 families left the city");
    assertThat(r.quotations()).allSatisfy(q -> assertThat(q.speakerName()).isEqualTo("Lind"));
  }

  @Test
  void aQuantifierBeforeANounOrAnAdverbIsNoSubject() {
    assertThat(extract("The mayor has broken many promises since May. She won several states "
        + "on Tuesday. Most recently reported figures were low. Some support for the plan "
        + "remains.").quotations()).isEmpty();
    assertThat(only("In the next few months voters may say the plan failed.").speakerMention()
        .get().text()).isEqualTo("voters");
  }

  @Test
  void aParticipleAfterAClaimIsNoTagAndStatesIsNoVerbAfterANumber() {
    Quotation q = only("He has claimed that the vote was stolen, a claim rejected by courts in "
        + "six states.");
    assertThat(q.content().text()).isEqualTo("the vote was stolen");
    assertThat(q.speakerMention().get().text()).isEqualTo("He");
    assertThat(only("Six in 10 voters say he is decisive.").speakerMention().get().text())
        .isEqualTo("Six in 10 voters");
  }

  @Test
  void aQuantifierAfterTheDeterminerStaysInTheSource() {
    assertThat(only("The two parties said the talks had failed.").speakerMention().get().text())
        .isEqualTo("The two parties");
    assertThat(only("The town had 115 violent crimes, according to the most recent data from "
        + "the police.").speakerMention().get().text())
        .isEqualTo("the most recent data from the police");
  }

  @Test
  void aDashedCommentEndsTheContentButAConcessiveAdjectiveDoesNot() {
    assertThat(only("Lee said he does not want to raise taxes — a pledge he has often repeated.")
        .content().text()).isEqualTo("he does not want to raise taxes");
    assertThat(only("She said the briefing was a crucial, although brief, chance to ask questions.")
        .content().text())
        .isEqualTo("the briefing was a crucial, although brief, chance to ask questions");
  }

  @Test
  void writersCommentAfterAReportedClauseIsNotContent() {
    assertThat(only("Karin Olsen said the party would back Tom Reyes, who has been criticised "
        + "in recent weeks.").content().text()).isEqualTo("the party would back Tom Reyes");
    assertThat(only("The mayor said the city should run on clean energy by 2030, an ambitious "
        + "goal that would need new money.").content().text())
        .isEqualTo("the city should run on clean energy by 2030");
  }

  @Test
  void invertedTagBeforeAColon() {
    ArticleQuotes r = extract("Experts disagree about the tax. Said Ellis: “It will make the "
        + "code more complicated.” Added the mayor: “We are ready.”");
    assertThat(r.quotations()).extracting(q -> q.speakerMention().get().text(),
        q -> q.cue().get().text()).containsExactly(tuple("Ellis", "Said"),
            tuple("the mayor", "Added"));
  }

  @Test
  void colonAndDashIntroduceQuotations() {
    Quotation colon = only("Ms. Duval: “I never saw the letter.”");
    assertThat(colon.content().text()).isEqualTo("I never saw the letter.");
    assertThat(colon.cue().get().text()).isEqualTo(":");
    Quotation dash = only("“Knowledge is power.” — Francis Bacon");
    assertThat(dash.speakerName()).isEqualTo("Francis Bacon");
  }

  @Test
  void quotationInterruptedByItsCueIsTwoQuotationsOfOneSpeaker() {
    ArticleQuotes r = extract("“The water is safe,” Dr. Amina Yusuf said, “but boil it anyway.”");
    assertThat(r.quotations()).extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("The water is safe,", "Amina Yusuf"),
            tuple("but boil it anyway.", "Amina Yusuf"));
  }

  @Test
  void pronounResolvesToTheLastCompatiblePersonNotToNamesInsideTheQuote() {
    ArticleQuotes r = extract("Coach Maria Santos watched the final from the bench.\n\n"
        + "“Portugal played better than Spain tonight,” she said.");
    assertThat(r.quotations()).singleElement().satisfies(q -> {
      assertThat(q.speakerName()).isEqualTo("Maria Santos");
      assertThat(q.speakerMention().get().text()).isEqualTo("she");
    });
  }

  @Test
  void quotationWithoutCueContinuesThePreviousSpeakerOfItsParagraph() {
    ArticleQuotes r = extract("“We lost our home,” said Peter Mwangi. “We lost everything.”");
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsExactly("Peter Mwangi", "Peter Mwangi");
  }

  @Test
  void quotationAfterAParagraphBreakIsNotGivenARelativePronounOrADay() {
    ArticleQuotes r = extract("Mayor Ana Ruiz toured the school last week with parents who "
        + "question the budget cuts.\n\n“We cannot wait another year.”\n\n"
        + "Turnout fell on Tuesday, the clerk's office said.\n\n“Nobody came.”");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.speakerMention().map(m -> m.text()).orElse(""))
        .containsExactly("", "the clerk's office");
  }

  @Test
  void pluralPossessiveApostropheInTheTagDoesNotHideTheTag() {
    ArticleQuotes r = extract("\"There is no question,\" the candidate told CBS' Face the Nation "
        + "on Sunday, saying that voters \"are very worried\" about the economy.");
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsExactly("the candidate", "the candidate");
  }

  @Test
  void aTagWithAVerbThatIsNoCueStillNamesTheSpeaker() {
    ArticleQuotes r = extract("Dr. Amir Khan told the paper: “Patients are dying.”\n\n"
        + "“I think,” she paused, “that we should wait.”");
    assertThat(r.quotations()).extracting(q -> q.speakerMention().get().text())
        .containsExactly("Amir Khan", "she", "she");
    assertThat(r.quotations().get(1).rule()).isEqualTo("action-tag");
  }

  @Test
  void anActionTagAfterAQuestionOrWithMoreWordsNamesTheSpeaker() {
    ArticleQuotes r = extract("Mayor Ruth Okafor opened the hearing on Monday. Critics "
        + "attacked her budget.\n\n“Would the levy be negotiable next year?” Ben Salas pressed. "
        + "“Or never?”\n\n“Sit down, please,” Okafor snapped and a clerk called the vote.\n\n"
        + "“We have waited ten years for this levy!”\n\nGrange Mills closed in 2009 after a "
        + "fire.");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("Would the levy be negotiable next year?", "Ben Salas"),
            tuple("Or never?", "Ben Salas"), tuple("Sit down, please,", "Ruth Okafor"),
            tuple("We have waited ten years for this levy!", "Ruth Okafor"));
  }

  @Test
  void aQuotedModifierInsideAnInvertedTagLeavesTheTagWhole() {
    ArticleQuotes r = extract("Mayor Ruth Okafor opened the hearing on Monday. Critics "
        + "attacked her budget.\n\n“Nothing in the levy has changed,” said former councillor "
        + "Dan Moss, one of the “gang of four” negotiators.");
    assertThat(r.quotations()).filteredOn(q -> q.content().text().startsWith("Nothing"))
        .extracting(Quotation::speakerName, q -> q.cue().map(c -> c.text()).orElse(null))
        .containsExactly(tuple("Dan Moss", "said"));
  }

  @Test
  void aParagraphEndingInAColonWithoutCueIntroducesItsSubjectsQuotation() {
    ArticleQuotes r = extract("“The bridge will stay closed until Friday,” police chief Tom "
        + "Hale said.\n\nMayor Ruth Okafor issued the following statement:\n\n“We mourn with "
        + "the families of the two workers who died on the bridge.”");
    assertThat(r.quotations()).filteredOn(q -> q.content().text().startsWith("We mourn"))
        .extracting(Quotation::speakerName).containsExactly("Ruth Okafor");
  }

  @Test
  void aPluralSubjectWithAPhraseOfPlaceSpeaksWithAPresentTenseCue() {
    assertThat(only("Shopkeepers near the station say trade has collapsed since the closure.")
        .speakerName()).isEqualTo("Shopkeepers near the station");
    assertThat(only("Fans outside the ground say the club has let them down.").content().text())
        .isEqualTo("the club has let them down");
  }

  @Test
  void aParticipleInsideThePluralSubjectLeavesTheMainReportItsOwn() {
    assertThat(extract("Villagers opposing the new bypass say they will take the council to the "
        + "High Court.").quotations())
        .extracting(q -> q.content().text(), q -> q.cue().map(Span::text).orElse(""))
        .containsExactly(tuple("the new bypass", "opposing"),
            tuple("they will take the council to the High Court", "say"));
  }

  @Test
  void aClauseWithoutThatFollowsTheAddresseeOfAssureRemindOrPersuade() {
    assertThat(only("The chairman has assured supporters the club will stay in the city.")
        .content().text()).isEqualTo("the club will stay in the city");
    assertThat(only("The bank reminded customers their old cards would stop working on Friday.")
        .content().text()).isEqualTo("their old cards would stop working on Friday");
  }

  @Test
  void aPhraseSetOffByCommasAfterTheCueOpensTheClauseOrIsTheTagsAdjunct() {
    assertThat(only("The manager says, win or lose on Saturday, he is staying at the club.")
        .content().text()).isEqualTo("win or lose on Saturday, he is staying at the club");
    assertThat(only("The senator said, if elected, she would scrap the levy.").content().text())
        .isEqualTo("if elected, she would scrap the levy");
    assertThat(only("The minister said, in a statement on Monday, the scheme had failed.")
        .content().text()).isEqualTo("the scheme had failed");
  }

  @Test
  void aPhraseThatAVerbFollowsIsNoInvertedSourceAfterAQuotation() {
    // the quotation is the object of "citing"; "the hospital" is the subject of the report
    assertThat(extract("Dr Patel, citing “the relentless pressure of the winter,” said the "
        + "hospital could not cope.").quotations())
        .filteredOn(q -> q.type() == QuoteType.INDIRECT)
        .extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("the hospital could not cope", "Patel"));
  }

  @Test
  void anInvertedTagsSourceMayOpenWithAnUnknownParticiple() {
    ArticleQuotes r = extract("Critics attacked the budget.\n\n“The levy is a theft from "
        + "working families,” said retired Gen. Wade Dorn.\n\n“Nobody in Dover asked for "
        + "this levy,” said one unaligned county official.");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.speakerMention().map(m -> m.text()).orElse(null),
            q -> q.cue().map(c -> c.text()).orElse(null))
        .containsExactly(tuple("Wade Dorn", "said"),
            tuple("one unaligned county official", "said"));
  }

  @Test
  void aNarratorOrAnnouncerSpeaksAfterAnInvertedTag() {
    ArticleQuotes r = extract("Critics attacked the budget.\n\n“The levy is a theft from "
        + "working families,” says the narrator, going on to list other gifts.");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.speakerMention().map(m -> m.text()).orElse(null))
        .containsExactly("the narrator");
  }

  @Test
  void anAgeUsedAsANounCanSpeakAfterAnInvertedTag() {
    ArticleQuotes r = extract("Critics attacked the budget.\n\n“The levy is a theft from "
        + "working families and nobody in Dover will forget it,” said the 46-year-old.");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.speakerMention().map(m -> m.text()).orElse(null))
        .containsExactly("the 46-year-old");
  }

  @Test
  void aTagsSourceReachesOverAPlaceToTheSpeakingNoun() {
    ArticleQuotes r = extract("Critics attacked the budget.\n\n“The levy is a theft from "
        + "working families and nobody in Dover will forget it,” a voice-over in the ad states.");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.speakerMention().map(m -> m.text()).orElse(null))
        .containsExactly("a voice-over in the ad");
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoContentOfTheTagBeforeAQuotation() {
    ArticleQuotes r = extract("Asked to describe the device, Chief Ana Ortiz said, \"Not going "
        + "to go into that.\" Speaking at a rally in Ohio, Lee said, \"We will win.\"");
    assertThat(r.quotations()).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("Not going to go into that.", "Ana Ortiz"),
            tuple("We will win.", "Lee"));
  }

  @Test
  void saidNoEndsTheSentenceButNumberFiveDoesNot() {
    ArticleQuotes r = extract("Lee said no. The council met and Ortiz said the vote would "
        + "wait. Ortiz said it was ranked No. 5 in the state.");
    assertThat(r.quotations()).extracting(q -> q.content().text())
        .containsExactly("no", "the vote would wait", "it was ranked No. 5 in the state");
  }

  @Test
  void aClockTimeEndsTheSentenceBeforeANameButNotBeforeATimeZone() {
    ArticleQuotes r = extract("She met them at 5 p.m. Lee said the meeting went well. The vote "
        + "is at 9 p.m. Eastern time, officials said.");
    assertThat(r.quotations()).extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("the meeting went well", "Lee"),
            tuple("The vote is at 9 p.m. Eastern time", "officials"));
  }

  @Test
  void partyAndStateAfterANameAreNeitherASentenceEndNorASource() {
    ArticleQuotes r = extract("\"We have the votes,\" Senate Majority Leader Tom Hale, R-Ky., "
        + "told reporters on Tuesday. Rep. Ann Dill, D-Calif., said the bill would fail.");
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsExactly("Tom Hale", "Ann Dill");
    assertThat(r.quotations().get(0).addressee().get().text()).isEqualTo("reporters");
  }

  @Test
  void anOpenerClosedOnlyInALaterParagraphRunsToItsParagraphsEnd() {
    for (String[] m : new String[][] {{"‘", "’"}, {"“", "”"}}) {
      List<Quotation> qs = extract("Outside court, Inspector Ann Vale said: " + m[0]
          + "Today’s sentence sends a clear message. We are pleased.\n\n" + m[0]
          + "We will pursue anyone who exploits the vulnerable." + m[1]).quotations();
      assertThat(qs).extracting(q -> q.content().text(), Quotation::type).containsExactly(
          tuple("Today’s sentence sends a clear message. We are pleased.", QuoteType.DIRECT),
          tuple("We will pursue anyone who exploits the vulnerable.", QuoteType.DIRECT));
      assertThat(qs).extracting(Quotation::speakerName).containsOnly("Ann Vale");
    }
  }

  @Test
  void anAdverbialOpeningTheSentenceBeforeATagAndAQuotationIsNotContent() {
    for (String opener : new String[] {"After the meeting ended", "In the spring after the "
        + "row broke", "When the results came in"}) {
      Quotation q = only(opener + ", Dana Reyes told reporters, “We did nothing wrong.”");
      assertThat(q.content().text()).isEqualTo("We did nothing wrong.");
      assertThat(q.speakerName()).isEqualTo("Dana Reyes");
    }
    assertThat(extract("“When they go low,” she said, “we go high.”").quotations())
        .extracting(q -> q.content().text()).containsExactly("When they go low,", "we go high.");
  }

  @Test
  void aQuotedSentenceRightAfterTheTagIsItsContentAndWhatComesBeforeOnlySetsTheScene() {
    for (String opener : new String[] {"Less than an hour later", "Holding up a photograph",
        "Quite suddenly, after the vote was lost", "But in a call with donors on May 2"}) {
      Quotation q = only(opener + ", Dana Reyes said, “We did nothing wrong.”");
      assertThat(q.content().text()).isEqualTo("We did nothing wrong.");
      assertThat(q.speakerName()).isEqualTo("Dana Reyes");
    }
    // a part opening in lower case goes on with the words before the tag
    assertThat(extract("The town was empty, she said, “but people stayed.”").quotations())
        .extracting(q -> q.content().text()).containsExactly("The town was empty",
            "but people stayed.");
    // a title after an adjunct is no quotation of the tag's
    assertThat(extract("The war ended his plans, Mr. Ortiz wrote in his 2010 memoir, “A Long "
        + "Road.”").quotations()).extracting(q -> q.content().text())
        .startsWith("The war ended his plans");
  }

  @Test
  void aCueWordAfterNoOrAFormOfBeIsANoun() {
    assertThat(extract("If she wins, there is no guarantee she would keep the pledge.")
        .quotations()).isEmpty();
    assertThat(extract("There were reports the rebels had crossed the river.").quotations())
        .isEmpty();
    assertThat(extract("There are fears the flood will reach the town.").quotations()).isEmpty();
    Quotation q = only("All she could do was shout “Never again!” at the screen.");
    assertThat(q.content().text()).isEqualTo("Never again!");
    assertThat(q.cue().get().text()).isEqualTo("shout");
  }

  @Test
  void aCapitalisedCueWordInsideANameInRunningTextIsNoCue() {
    assertThat(extract("Norway and its closest ally, the United States, are members of the "
        + "panel.").quotations()).isEmpty();
    Quotation q = only("Ellen Sato, an analyst at Harbour Point, suggested the rally would fade.");
    assertThat(q.cue().get().text()).isEqualTo("suggested");
    assertThat(q.speakerName()).isEqualTo("Ellen Sato");
  }

  @Test
  void aReportUnderAModalOrInAQuestionIsLessLikely() {
    double asserted = only("Voters believe the bridge will reopen in May.").confidence();
    double modal = only("Voters would believe the bridge will reopen in May.").confidence();
    double question = only("Why do voters believe the bridge will reopen in May?").confidence();
    assertThat(modal).isLessThan(0.5).isLessThan(asserted);
    assertThat(question).isLessThan(0.5).isLessThan(asserted);
    assertThat(only("Voters do not believe the bridge will reopen in May.").confidence())
        .isEqualTo(asserted);
    assertThat(only("“Will it reopen?” the mayor asked.").confidence())
        .isGreaterThan(0.5);
  }

  @Test
  void theObjectOfAVerbAfterAModalDoesWhatTheInfinitiveSays() {
    assertThat(only("The new rules would require voters to challenge the result in court.")
        .speakerName()).isEqualTo("voters");
    assertThat(only("The defeat has led many to wonder whether the party can recover.")
        .speakerName()).isEqualTo("many");
    assertThat(only("The result will almost certainly force Mayor Ann Lee to acknowledge defeat.")
        .speakerName()).isEqualTo("Ann Lee");
  }

  @Test
  void thereAfterAnAddresseeOpensTheReportedClause() {
    Quotation q = only("Defence Secretary Tom Ellery told the BBC's Today programme there was "
        + "\"no question\" of troops being sent.");
    assertThat(q.content().text()).isEqualTo("there was \"no question\" of troops being sent");
    assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    assertThat(q.addressee().get().text()).isEqualTo("the BBC's Today programme");
  }

  @Test
  void aPassiveQuotedAsSayingIsATag() {
    assertThat(only("\"We have no plans to raise taxes,\" the spokesman was quoted as saying.")
        .speakerName()).isEqualTo("the spokesman");
    assertThat(only("\"We have no plans,\" Mr Lee was quoted by the state news agency as "
        + "saying on Monday.").speakerName()).isEqualTo("Lee");
    Quotation q = only("The minister was quoted by the Financial Times as saying that the deal "
        + "was off.");
    assertThat(q.content().text()).isEqualTo("the deal was off");
    assertThat(q.speakerName()).isEqualTo("the minister");
  }

  @Test
  void accordingToASourceWithAPassiveParticipleKeepsThePhraseInTheSource() {
    Quotation q = only("According to economists polled by Reuters, the central bank will cut "
        + "rates in February.");
    assertThat(q.content().text()).isEqualTo("the central bank will cut rates in February");
    assertThat(q.speakerMention().get().text()).isEqualTo("economists polled by Reuters");
  }

  @Test
  void whatSomeoneWasAskedReportsNoCueInsideIt() {
    List<Quotation> qs = extract("Asked whether he would propose arbitration, the minister said: "
        + "“Everything is on the table.”").quotations();
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("whether he would propose arbitration", "Everything is on the table.");
    assertThat(qs.get(0).speaker()).isEmpty();
    assertThat(qs.get(1).speakerName()).isEqualTo("the minister");
  }

  @Test
  void anAddresseeMayBeNamesJoinedByAnd() {
    Quotation q = only("Tam told The Globe and Mail the outbreak “is far from over.”");
    assertThat(q.addressee().get().text()).isEqualTo("The Globe and Mail");
    assertThat(q.content().text()).isEqualTo("the outbreak “is far from over.”");
    assertThat(only("Tam told Reuters and the BBC that the outbreak was over.").addressee()
        .get().text()).isEqualTo("Reuters and the BBC");
  }

  @Test
  void accordingToASourceWithARelativeClauseReportsWhatFollowsTheClause() {
    Quotation q = only("According to a senior official who spoke on condition of anonymity, "
        + "talks will resume next week.");
    assertThat(q.content().text()).isEqualTo("talks will resume next week");
    assertThat(q.speakerName()).isEqualTo("a senior official");
  }

  @Test
  void withANameAndAStatingParticipleIsAnAttribution() {
    Quotation q = only("The bank kept rates unchanged, with Governor Ravi Kohli stating that "
        + "inflation remained a concern.");
    assertThat(q.content().text()).isEqualTo("inflation remained a concern");
    assertThat(q.speakerName()).isEqualTo("Ravi Kohli");
  }

  @Test
  void aFindingWithAPassiveAsideBeforeItsVerbIsTheSource() {
    Quotation q = only("The findings, published on Wednesday, suggest there may be hundreds "
        + "more species.");
    assertThat(q.content().text()).isEqualTo("there may be hundreds more species");
    assertThat(q.speakerName()).isEqualTo("the findings");
  }

  @Test
  void aTagFollowedByBeforeAddingKeepsItsQuotation() {
    List<Quotation> qs = extract("\"I'm not sure,\" Jones said, before adding: \"We'll see "
        + "what happens.\"").quotations();
    assertThat(qs).extracting(q -> q.content().text(), q -> q.cue().get().text())
        .containsExactly(tuple("I'm not sure,", "said"), tuple("We'll see what happens.", "adding"));
    assertThat(qs).extracting(Quotation::speakerName).containsOnly("Jones");
  }

  @Test
  void aHeadlineCanBeTheSourceOfAnInvertedTag() {
    Quotation q = only("\"Enough is enough,\" declared the headline in the Daily Mail.");
    assertThat(q.speakerName()).isEqualTo("the headline");
    assertThat(q.speaker().get().kind()).isEqualTo(SpeakerKind.WORK);
  }

  @Test
  void toldIsNeverAnInvertedTagItsObjectIsTheAddressee() {
    List<Quotation> qs = extract("\"It was like a war zone,\" one resident, who gave only her "
        + "first name, Amina, told AFP.").quotations();
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("It was like a war zone,");
    assertThat(qs.get(0).speakerName()).isNotEqualTo("AFP");
  }

  @Test
  void quotationReopenedAtEachParagraphIsAttributedThroughout() {
    String text = "Lena Fischer, the mayor, said:\n\n“The flood took the bakery and the school.\n\n"
        + "“We will rebuild both before winter.”";
    ArticleQuotes r = extract(text);
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsOnly("Lena Fischer");
    assertThat(ResultInvariants.contents(r)).anyMatch(c -> c.contains("rebuild both"));
  }

  @Test
  void scareQuotesAndTitlesAreNotSpeech() {
    ArticleQuotes r = extract("Officials met at an “anti-corruption” summit in Lisbon.\n\n"
        + "She later appeared on “Meet the Press” to discuss it.");
    assertThat(r.quotations()).isEmpty();
  }

  @Test
  void unclosedMarkDoesNotSwallowTheRestOfTheArticle() {
    String text = "The chairman said “we will appeal the ruling.\n\n"
        + "Shares fell 4 percent, a spokesman said.";
    ArticleQuotes r = extract(text);
    assertThat(r.quotations()).extracting(q -> q.content().text())
        .contains("Shares fell 4 percent");
  }

  @Test
  void addresseeAndMediumAreReported() {
    Quotation q = only("“Nothing has been decided,” Lars Holm told Reuters in an interview.");
    assertThat(q.addressee().get().text()).isEqualTo("Reuters");
    assertThat(q.medium().get().text()).isEqualTo("in an interview");
    Quotation told = only("Holm told reporters that the plant would close.");
    assertThat(told.content().text()).isEqualTo("the plant would close");
    assertThat(told.addressee().get().text()).isEqualTo("reporters");
  }

  @Test
  void oneSpeakerPerEntityWithRolesFromTheWholeArticle() {
    String text = "Finance Minister Rosa Almeida presented the budget on Tuesday.\n\n"
        + "“This is a budget for growth,” Almeida said.\n\n"
        + "Almeida, a former central banker, said taxes would not rise.";
    ArticleQuotes r = extract(text);
    assertThat(r.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Rosa Almeida");
      assertThat(s.roles()).containsExactly("Finance Minister", "former central banker");
      assertThat(s.mentions()).extracting(Span::text).contains("Rosa Almeida", "Almeida");
    });
    assertThat(r.quotations()).hasSize(2);
  }

  @Test
  void coordinatedRolesAreTwoRoles() {
    Quotation q = only("“The evidence is clear,” Jonas Lind, a judge and court spokesman, said.");
    assertThat(q.speaker().get().roles()).containsExactly("judge", "court spokesman");
  }

  @Test
  void statementIsSpokenByTheOrganisationThatIssuedIt() {
    String text = "A statement from the Harbour Authority said the pier was closed.\n\n"
        + "“Repairs will take a month,” the statement added.";
    ArticleQuotes r = extract(text);
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsExactly("Harbour Authority", "Harbour Authority");
  }

  @Test
  void acronymInParenthesesIsTheSameOrganisation() {
    String text = "The World Health Organization (WHO) issued new guidance.\n\n"
        + "WHO said the risk remained low.";
    assertThat(only(text).speakerName()).isEqualTo("World Health Organization");
  }

  @Test
  void beliefsAndFindingsCarryTheirKind() {
    assertThat(only("Most economists believe the recession is over.").kind())
        .isEqualTo(QuoteKind.THOUGHT);
    assertThat(only("The survey shows that voters want change.").kind())
        .isEqualTo(QuoteKind.EVIDENCE);
  }

  @Test
  void kindsAndConfidenceFilterTheResult() {
    String text = "Most economists believe the recession is over. “It is over,” Ann Lee said.";
    QuoteExtractor speechOnly = QuoteExtractor.builder().kinds(QuoteKind.SPEECH).build();
    assertThat(speechOnly.extract(text).quotations()).extracting(Quotation::kind)
        .containsOnly(QuoteKind.SPEECH);
    QuoteExtractor sure = QuoteExtractor.builder().minConfidence(0.99).build();
    assertThat(sure.extract(text).quotations()).isEmpty();
  }

  @Test
  void aQuotationReopenedAtEachParagraphBelongsToWhoeverSpeaksWhereItCloses() {
    List<Quotation> qs = extract("“The Mayor spoke first,” said Ken Ito.\n\n“The first paragraph "
        + "of the statement runs here.\n\n“The second one continues it.\n\n“The third ends it,” "
        + "said Helen Ward, a spokeswoman for the council.").quotations();
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Ken Ito", "Helen Ward", "Helen Ward", "Helen Ward");
  }

  @Test
  void aQuotationGoingOnWithItsParagraphsSpeakerKeepsTheCueThatIntroducedThem() {
    List<Quotation> qs = extract("“The ferry will run again in May,” said Tom Reyes, the port "
        + "manager. “The new engines have arrived.”\n\nMost residents believe the delay was too "
        + "long. “We lost a whole summer,” one shopkeeper added.").quotations();
    assertThat(qs).extracting(q -> q.content().text()).containsExactly(
        "The ferry will run again in May,", "The new engines have arrived.",
        "the delay was too long", "We lost a whole summer,");
    assertThat(qs).extracting(q -> q.cue().map(Span::text).orElse("-"))
        .containsExactly("said", "said", "believe", "added");
    assertThat(qs.get(1).speakerName()).isEqualTo("Tom Reyes");
    // a thought's cue is not lent to the words that follow it
    Quotation after = extract("Ann Cole believes the vote was rigged. “They cheated.”")
        .quotations().get(1);
    assertThat(after.speakerName()).isEqualTo("Ann Cole");
    assertThat(after.cue()).isEmpty();
  }

  @Test
  void anInfinitiveCueBelongsToWhomItsOwnClauseNames() {
    // the object of the verb before "to", not the sentence's subject
    assertThat(only("The narrow win in Ohio led them to declare that the race was over.")
        .speakerMention().get().text()).isEqualTo("them");
    assertThat(only("The delay is leaving many farmers to wonder whether the dam will be built.")
        .speakerMention().get().text()).isEqualTo("many farmers");
    // the pronoun subject of the clause with "to", not the first subject of the sentence
    assertThat(only("Marsh lacks the money of her rival, but she is expected to argue that the "
        + "mayor has lost touch.").speakerMention().get().text()).isEqualTo("she");
    // a noun before "to" names nobody: the sentence's subject stays the source
    assertThat(only("The council met on Friday to discuss the new budget.").speakerName())
        .isEqualTo("the council");
    assertThat(only("He went on to say that the plan was dead.").speakerMention().get().text())
        .isEqualTo("He");
  }

  @Test
  void toBeforeADeterminerOrANumberIsNoInfinitive() {
    assertThat(extract("The two unions agreed to a ten-day truce on Monday.").quotations())
        .isEmpty();
    assertThat(extract("Sales at the unit declined to $4 million last year.").quotations())
        .isEmpty();
    assertThat(only("The two unions agreed to end the strike.").content().text())
        .isEqualTo("to end the strike");
  }

  @Test
  void supposedReportsOnlyBeforeAPerfectInfinitive() {
    assertThat(extract("All the files are supposed to be public by May.").quotations()).isEmpty();
    assertThat(only("The minister is supposed to have told friends that he would resign.")
        .cue().get().text()).isEqualTo("is supposed");
  }

  @Test
  void anImpersonalInfinitiveReportsNobody() {
    assertThat(extract("It is too soon to say whether the new ferry will pay for itself.")
        .quotations()).isEmpty();
    assertThat(extract("There is reason to believe the harbour will reopen by June.")
        .quotations()).isEmpty();
    assertThat(only("The mayor is expected to argue that the ferry will pay for itself.")
        .speakerMention()).isPresent();
  }

  @Test
  void anotherOrOneStandingAloneAfterAQuotationIsItsSource() {
    List<Quotation> qs = extract("Shoppers on the high street were split. “The new bridge "
        + "saved my business,” one said. “It brought nothing but traffic,” another added.")
        .quotations();
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("one", "another");
    assertThat(qs).extracting(q -> q.cue().map(Span::text).orElse("-"))
        .containsExactly("said", "added");
  }

  @Test
  void aTextEndingInTheCommaAfterATagGivesAValidResult() {
    // a fuzzer's cut of a real sentence: the parenthetical tag has nothing after it
    assertThat(extract("After two quiet years on the quays, the harbour authority "
        + "said,").quotations()).isNotNull();
  }

  @Test
  void aQuotedTranscriptLineIsSpokenByItsLabel() {
    List<Quotation> qs = extract("The interview, as broadcast:\n\n\"MARSH: Will she be "
        + "there tomorrow?\n\n\"OKORO: Well, look, she thinks this is a stunt.\"").quotations();
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("MARSH", "OKORO");
    assertThat(qs.get(0).content().text()).isEqualTo("Will she be there tomorrow?");
  }

  @Test
  void aQuotedStageDirectionIsNotSpeech() {
    assertThat(extract("\"MARSH: Will she be there?\n\n\"(APPLAUSE.)\n\n\"OKORO: Well, look.\"")
        .quotations()).extracting(Quotation::speakerName).containsExactly("MARSH", "OKORO");
  }

  @Test
  void aSubjectKeepsItsPresentTenseCueAcrossAPrepositionalAside() {
    List<Quotation> qs = extract("Dairy farmers, for instance, argue that the levy will close "
        + "small farms. And Ms. Okafor, to her credit, refuses to blame the growers.").quotations();
    assertThat(qs).extracting(q -> q.content().text()).containsExactly(
        "the levy will close small farms", "to blame the growers");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Dairy farmers", "Okafor");
  }

  @Test
  void aPlaceAsideDeepInTheSubjectDoesNotBecomeTheSpeaker() {
    List<Quotation> qs = extract("Tom Reyes, who lost his shop in the flood in Leeds, Yorkshire, "
        + "in March 2019, said that the council had ignored him.").quotations();
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("Tom Reyes");
  }

  @Test
  void aPresentTenseCueAfterAPluralOrANameTakesTheClauseAfterIt() {
    List<Quotation> qs = extract("Official data suggest that the harvest fell by a fifth. "
        + "Audit files from Companies House show that four directors resigned in May.")
        .quotations();
    assertThat(qs).extracting(q -> q.content().text()).containsExactly(
        "the harvest fell by a fifth", "four directors resigned in May");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Official data", "Audit files from Companies House");
  }

  @Test
  void aNounBeforeARelativeClauseIsNoPresentTenseCue() {
    assertThat(extract("The growers' claims that the levy is unfair were rejected. The very "
        + "reason they left is the rent.").quotations()).isEmpty();
  }

  @Test
  void aCueNounCarriedByAVerbBelongsToTheVerbsSubject() {
    List<Quotation> qs = extract("Dairy farmers have raised concerns about the new levy. "
        + "Minister Ana Costa voiced strong support for the plan on Monday.").quotations();
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("the new levy", "the plan");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Dairy farmers", "Ana Costa");
    assertThat(qs).extracting(q -> q.cue().orElseThrow().text())
        .containsExactly("concerns", "support");
  }

  @Test
  void aPossessiveInsideTheObjectOfACueNounIsNoVerb() {
    assertThat(extract("Her criticism of Norway's new fishing quota was sharp.").quotations())
        .extracting(q -> q.content().text()).containsExactly("Norway's new fishing quota");
  }

  @Test
  void aFindingFramedBeforeTheCommaReachesPastItsParticiple() {
    List<Quotation> qs = extract("In a Gallup poll released Monday, 50 percent of respondents "
        + "chose Lee. In the latest Ipsos survey, conducted in May, Lee led Kim by 8 points.")
        .quotations();
    assertThat(qs).extracting(q -> q.content().text()).containsExactly(
        "50 percent of respondents chose Lee", "Lee led Kim by 8 points");
    assertThat(qs).extracting(Quotation::kind).containsOnly(QuoteKind.EVIDENCE);
  }

  @Test
  void aFrameWithAParticipleBeforeAnyFindingIsNoFinding() {
    assertThat(extract("In a race dominated by polls, Lee led Kim by 8 points.").quotations())
        .isEmpty();
  }

  @Test
  void aQuotationStandingAloneIsSpokenByTheSubjectOfTheSentenceBeforeIt() {
    Quotation q = only("Mira Kessel, a retired nurse, stood up at the back of the hall. "
        + "“I have lived here forty years and I have never seen this.”");
    assertThat(q.speakerName()).isEqualTo("Mira Kessel");
    assertThat(q.rule()).isEqualTo("adjacent-subject");
  }

  @Test
  void aBeatInANewParagraphOutweighsTheEarlierParagraphsSpeaker() {
    List<Quotation> qs = extract("“We will appeal,” said Ruth Amsel, the family's lawyer.\n\n"
        + "Tom Quill, the victim's brother, was less certain. “I just want it over.”")
        .quotations();
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("Ruth Amsel", "Tom Quill");
  }

  @Test
  void aQuotationOpeningItsParagraphIsSpokenByANameOpeningTheNextSentence() {
    assertThat(only("“Nobody told us anything.” Janine Oduya, 52, was among the residents "
        + "evacuated on Tuesday.").speakerName()).isEqualTo("Janine Oduya");
  }

  @Test
  void aSentenceAboutAThingGivesAStandingQuotationNoSpeaker() {
    assertThat(only("The hearing lasted four hours. “The judge got it wrong.”").speaker())
        .isEmpty();
  }

  @Test
  void guillemetsSpacedFromTheirWordsCloseBeforeTheComma() {
    List<Quotation> qs = extract("« Nous sommes prêts », said Lucien Marchal. « We are ready », "
        + "he added in English.").quotations();
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("Nous sommes prêts", "We are ready");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Lucien Marchal", "Lucien Marchal");
  }

  @Test
  void whoPutItBluntlyBeforeAColonIsTheSpeaker() {
    Quotation q = only("Councillor Ben Ashdown put it bluntly: “This budget is a disgrace.”");
    assertThat(q.speakerName()).isEqualTo("Ben Ashdown");
    assertThat(q.speaker().orElseThrow().roles()).containsExactly("Councillor");
  }

  @Test
  void aRoleAfterAnAgeIsTheSpeakersRole() {
    assertThat(only("“The school is falling apart,” said Ellen Sato, 45, a teacher from "
        + "Dunmore.").speaker().orElseThrow().roles()).containsExactly("teacher from Dunmore");
    assertThat(only("Corin Vale, 42, faces one count of fraud and his brother was charged. "
        + "Vale said he was innocent.").speaker().orElseThrow().roles()).isEmpty();
  }

  @Test
  void aTagSetOffByDashesSplitsOneQuotationInTwo() {
    List<Quotation> qs = extract("“The problem” — Delia Strand said — “is that nobody wants to "
        + "pay.”").quotations();
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("The problem", "is that nobody wants to pay.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Delia Strand", "Delia Strand");
    assertThat(extract("“This is it” – said Ann Ruiz – “the end of the line.”").quotations())
        .extracting(Quotation::speakerName).containsExactly("Ann Ruiz", "Ann Ruiz");
  }

  @Test
  void aQuotationAfterSomeonesThoughtIsSpeech() {
    List<Quotation> qs = extract("“The rent is only the start,” Marta Quist concluded. “Flour, "
        + "butter, electricity, everything has gone up.”").quotations();
    assertThat(qs).extracting(Quotation::speakerName).containsExactly("Marta Quist", "Marta Quist");
    assertThat(qs.get(1).kind()).isEqualTo(QuoteKind.SPEECH);
  }

  @Test
  void aWordCapitalisedOnlyByPositionIsNoPartOfTheNameAfterIt() {
    assertThat(only("Ask Bill Tarrant about the flood and he shakes his head. “We lost "
        + "everything,” he says.").speakerName()).isEqualTo("Bill Tarrant");
    assertThat(only("Meet Ann Lowe, who has run the shop for years. “We are the last one left,” "
        + "she says. Few meet her without buying bread.").speakerName()).isEqualTo("Ann Lowe");
    assertThat(only("Lorenzo Maria Bassi, the editor, said the talks had failed.").speakerName())
        .isEqualTo("Lorenzo Maria Bassi");
  }

  @Test
  void soSaysAfterAQuotationNamesItsSpeaker() {
    Quotation q = only("“The river has never been this low.” So says Dale Ferrand, who has "
        + "fished it for fifty years.");
    assertThat(q.speakerName()).isEqualTo("Dale Ferrand");
    assertThat(q.cue()).map(Span::text).hasValue("says");
    assertThat(only("“The river is low.” So we went home.").speaker()).isEmpty();
  }

  @Test
  void aVerbWithFixedWordsBeforeThatIsACueTheVerbAloneIsNot() {
    Quotation q = only("The minister made it clear that there would be no U-turn.");
    assertThat(q.speakerName()).isEqualTo("the minister");
    assertThat(q.cue()).map(Span::text).hasValue("made it clear");
    assertThat(q.content().text()).isEqualTo("there would be no U-turn");
    assertThat(only("Ruth Okafor has made clear that she will stand again.").cue())
        .map(Span::text).hasValue("made clear");
    assertThat(only("The coach is making the point that the squad is young.").speakerName())
        .isEqualTo("the coach");
    assertThat(only("The union took issue with the plan to close the depot.").speakerName())
        .isEqualTo("the union");
    assertThat(extract("The bakery made a profit that year.").quotations()).isEmpty();
    assertThat(extract("She made it clear to everyone.").quotations()).isEmpty();
  }

  @Test
  void theOwnerOfASpeechNounBeforeAColonIsTheSpeaker() {
    assertThat(only("Ben Ashdown's response was swift: “We will appeal.”").speakerName())
        .isEqualTo("Ben Ashdown");
    assertThat(only("The council's blunt verdict was short: “The plan is dead.”").speakerName())
        .isEqualTo("the council");
    assertThat(only("Ben Ashdown's car was red: “It is fast.”").speakerName())
        .isNotEqualTo("Ben Ashdown"); // a car is no speech: its owner is not taken
  }

  @Test
  void anOrganisationWordBeforeAPlaceIsPartOfTheNameNotATitle() {
    Quotation q = only("Police Scotland said the road was closed.");
    assertThat(q.speakerName()).isEqualTo("Police Scotland");
    assertThat(q.speaker().get().roles()).isEmpty();
    Quotation chief = only("Police Chief Ann Lee said the road was closed.");
    assertThat(chief.speakerName()).isEqualTo("Ann Lee");
    assertThat(chief.speaker().get().roles()).containsExactly("Police Chief");
    assertThat(only("Police Commissioner Hart said the road was closed.").speakerName())
        .isEqualTo("Hart");
  }

  @Test
  void aLoneWordForAPlaceOpeningASubjectIsOneOrganisation() {
    assertThat(only("Transport for London said the line would reopen.").speakerName())
        .isEqualTo("Transport for London");
    assertThat(only("On Monday, Homes for Wessex said the fee was unfair.").speakerName())
        .isEqualTo("Homes for Wessex");
    assertThat(only("Fortunately for Ann Ruiz, the judge said the case was closed.").speakerName())
        .isEqualTo("the judge");
  }

  @Test
  void aCapitalisedDatelineBeforeAColonIsNoSpeakerLabel() {
    Quotation q = only("PORT HALDEN: Fisheries Minister Oren Vask on Monday said that the "
        + "new quota would apply from June.");
    assertThat(q.speakerName()).isEqualTo("Oren Vask");
    assertThat(q.content().text()).isEqualTo("the new quota would apply from June");
  }

  @Test
  void anAddresseesAppositiveEndsAtTheCommaBeforeThat() {
    Quotation q = only("Judge Mira Solberg told Ivo Brandt, 47, that he had shown \"a "
        + "shocking contempt\" for the court.");
    assertThat(q.speakerName()).isEqualTo("Mira Solberg");
    assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    assertThat(q.content().text()).startsWith("he had shown");
    assertThat(only("The coach told the players, most of them teenagers, that the season was "
        + "over.").content().text()).isEqualTo("the season was over");
  }

  @Test
  void aContractedThatIsTheReportedClausesSubject() {
    assertThat(only("The mayor said that's a mistake the town cannot afford.").content().text())
        .isEqualTo("that's a mistake the town cannot afford");
  }

  @Test
  void aFeaturesFirstQuotationIsThePersonJustIntroduced() {
    ArticleQuotes r = extract("Ines Varga has kept bees on the ridge for forty years.\n\n"
        + "\"The first winter we lost every hive. I nearly gave up.\n\n"
        + "\"Then a neighbour brought me a swarm in a cardboard box.\"");
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsExactly("Ines Varga", "Ines Varga");
    assertThat(extract("There was frost on the hives again this morning.\n\n\"The cold came "
        + "early.\n\n\"It stayed late.\"").quotations()).extracting(q -> q.speaker().isPresent())
        .containsExactly(false, false);
  }

  @Test
  void aTranscriptTurnRunsToTheEndOfItsParagraph() {
    ArticleQuotes r = extract("The new harbour master, Petra Lunde, spoke to the Courier.\n\n"
        + "Q: What comes first?\n\nLunde: Dredging the channel. The boats say they cannot wait "
        + "another winter.\n\nQ: And the budget?");
    assertThat(r.quotations()).extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("Dredging the channel. The boats say they cannot wait another "
            + "winter", "Petra Lunde"));
  }

  @Test
  void aRoleInCapitalsAfterAnArticleDescribesRatherThanNames() {
    Quotation q = only("“The bypass is doomed,” one MP said.");
    assertThat(q.speakerName()).isEqualTo("one MP");
    assertThat(q.speaker().get().named()).isFalse();
    assertThat(only("“It will never open,” said a Green MEP.").speakerName())
        .isEqualTo("a Green MEP");
    assertThat(only("“It will open,” Labour MP Rhian Doyle said.").speakerName())
        .isEqualTo("Rhian Doyle");
  }

  @Test
  void oneWithANameInApposition() {
    assertThat(only("“Nobody answers our letters,” said one, Amira Costa, 58.").speakerName())
        .isEqualTo("Amira Costa");
    assertThat(only("“Nobody answers our letters,” said one.").speakerName()).isEqualTo("one");
  }

  @Test
  void whoAfterAThingMeansThePeopleAfterItsPreposition() {
    assertThat(only("The levy follows months of pressure from rural councillors, who say the "
        + "roads are falling apart.").speakerName()).isEqualTo("rural councillors");
    assertThat(only("The strike ended with help from Mayor Anna Berg, who said both sides had "
        + "given ground.").speakerName()).isEqualTo("Anna Berg");
  }

  @Test
  void accordingToBetweenSubjectAndVerbTakesTheWholeClause() {
    Quotation q = only("The new timetable, according to the rail operator, will start in May.");
    assertThat(q.content().text())
        .isEqualTo("The new timetable, according to the rail operator, will start in May");
    assertThat(q.speakerName()).isEqualTo("the rail operator");
    assertThat(only("Rents, according to the survey, rose by a tenth.").content().text())
        .startsWith("Rents");
  }

  @Test
  void aCapitalisedPluralRoleOpeningTheSentenceStaysTheHead() {
    Quotation q = only("Economists at Harlow Bank said the rise had been expected.");
    assertThat(q.speakerName()).isEqualTo("Economists at Harlow Bank");
    assertThat(q.speakerMention().get().text()).isEqualTo("Economists at Harlow Bank");
  }

  @Test
  void interviewLabelsQAndAAreNeverSpeakerNames() {
    ArticleQuotes r = extract("Nora Belk spoke to us from her farm outside the town.\n\n"
        + "Q: Are you sorry you backed the plan last spring?\n\n"
        + "A: Not at all. I think the plan was the right one for the valley.\n\n"
        + "Q: “Would you back it again?”");
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .doesNotContain("Q", "A");
  }

  @Test
  void officeOfPlaceEndsBeforeAGivenNameTheLexiconLacks() {
    Quotation q = only("Mayor of Eastholm Tariq Vennor said the fares would rise in May.");
    assertThat(q.speakerName()).isEqualTo("Tariq Vennor");
    assertThat(q.speaker().orElseThrow().roles()).containsExactly("Mayor of Eastholm");
    assertThat(only("Secretary of Homeland Security Vennor said the border was safe.")
        .speakerName()).isEqualTo("Vennor");
  }

  @Test
  void partyAdjectiveBeforeATitleIsOneRole() {
    assertThat(only("Conservative Leader Ada Marsh said the budget would fail.").speaker()
        .orElseThrow().roles()).containsExactly("Conservative Leader");
    assertThat(only("Republican Senator Tom Vell said the bill was dead.").speaker()
        .orElseThrow().roles()).containsExactly("Republican Senator");
  }

  @Test
  void aParticipleClauseAfterAPluralSubjectStaysInTheSubject() {
    assertThat(only("Commuters boarding trains on Monday said the fares were too high.")
        .speakerName()).isEqualTo("Commuters boarding trains");
    assertThat(only("Fans waiting outside the stadium said the gates opened late.")
        .speakerName()).isEqualTo("Fans waiting outside the stadium");
  }

  @Test
  void aPresentCueAfterAParticipleClauseOfAPluralSubjectIsACue() {
    assertThat(only("Residents living near the plant say the water smells of oil.")
        .speakerName()).isEqualTo("Residents living near the plant");
    assertThat(only("Shoppers queuing outside the store say prices have doubled.")
        .speakerName()).isEqualTo("Shoppers queuing outside the store");
  }

  @Test
  void aBarePastParticipleAfterAPluralSubjectEndsTheSubject() {
    assertThat(only("Two-thirds of nurses questioned said pay was too low.").speakerName())
        .isEqualTo("Two-thirds of nurses questioned");
    assertThat(only("Students surveyed say the strike is fair.").speakerName())
        .isEqualTo("Students"); // found at all: before, the participle hid the subject
    // a name's past verb is no participle: "helped persuade" reports no speech
    assertThat(extract("Mr. Hollins helped persuade the board to sell the club.").quotations())
        .isEmpty();
  }

  @Test
  void aPresentCueAfterAnAsideBetweenDashesIsACue() {
    Quotation q = only("Farmers — and some of their bankers — say the drought will last.");
    assertThat(q.content().text()).isEqualTo("the drought will last");
    assertThat(q.speakerName()).isEqualTo("Farmers");
    assertThat(only("Some doctors - including two of the board's own - warn that the clinic is"
        + " short of nurses.").speakerName()).isEqualTo("Some doctors");
  }

  @Test
  void aPollAnAgencyOrAGroupBeforeTheHeadlineColonIsTheSource() {
    Quotation q = only("Survey: Harlow Leads Dunmore in Three-Way Race\n\nThe count starts today.");
    assertThat(q.content().text()).isEqualTo("Harlow Leads Dunmore in Three-Way Race");
    assertThat(q.speakerName()).isEqualTo("Survey");
    assertThat(only("Reuters: Port operator hid losses for years\n\nShares fell.").speakerName())
        .isEqualTo("Reuters");
    assertThat(only("Economists: the rate rise will come in May\n\nMarkets waited.")
        .speakerName()).isEqualTo("Economists");
  }

  @Test
  void aTopicOrAQuestionBeforeAHeadlineColonIsNoSource() {
    assertThat(extract("Poll: Who will win the race in Ohio?\n\nVote below.").quotations())
        .isEmpty();
    assertThat(extract("Floods: Rivers rise across the north\n\nRain fell.").quotations())
        .isEmpty();
    // only the headline: in the body a label before a colon is a list or a caption
    assertThat(extract("Rain fell.\n\nSurvey: Harlow leads Dunmore in the race.").quotations())
        .isEmpty();
  }

  @Test
  void aFindingAtTheEndOfASentenceStartsAtItsClauseNotAtAFrontedTime() {
    Quotation q = only("By late May, Harlow was leading Dunmore by 9 points in the same poll.");
    assertThat(q.content().text()).isEqualTo("Harlow was leading Dunmore by 9 points");
    assertThat(q.speakerName()).isEqualToIgnoringCase("the same poll");
    // a share after a comma is no clause of its own
    assertThat(only("Harlow leads Dunmore by 8 points, 49% to 41%, in the survey.").content()
        .text()).isEqualTo("Harlow leads Dunmore by 8 points, 49% to 41%");
  }

  @Test
  void aReportInARelativeClauseWithoutARelativeWordIsFound() {
    Quotation q = only("It was a levy the council said would pay for the new bridge.");
    assertThat(q.content().text()).isEqualTo("would pay for the new bridge");
    assertThat(q.speakerName()).isEqualToIgnoringCase("the council");
    assertThat(only("It is a tactic Greens hope will win back young voters.").speakerName())
        .isEqualTo("Greens");
    // before the main verb the clause would run on into the main predicate: left alone
    assertThat(extract("The levy he said would pay for the bridge was dropped.").quotations())
        .isEmpty();
  }

  @Test
  void aGerundRightBeforeTheVerbCanBeTheReportedSubject() {
    assertThat(only("Ms. Orme said funding is still needed.").content().text())
        .isEqualTo("funding is still needed");
    assertThat(only("He said hiring doesn't stop at the border.").content().text())
        .isEqualTo("hiring doesn't stop at the border");
  }

  @Test
  void whatSomeoneIsCalledAfterANameAPronounOrAnAdjectivalNounPhrase() {
    assertThat(only("Ms. Vane called Hollins a coward.").content().text())
        .isEqualTo("Hollins a coward");
    assertThat(only("Ms. Vane called herself a moderate.").content().text())
        .isEqualTo("herself a moderate");
    assertThat(only("Ms. Vane called the ruling disgraceful.").content().text())
        .isEqualTo("the ruling disgraceful");
    assertThat(only("Ms. Vane called upon the board to resign.").content().text())
        .isEqualTo("the board to resign");
    // convening, not calling something anything
    assertThat(extract("The council called an emergency session.").quotations()).isEmpty();
  }

  @Test
  void whatSomeoneDescribesIsTheContent() {
    Quotation q = only("The inspector described a culture of neglect at the depot.");
    assertThat(q.content().text()).isEqualTo("a culture of neglect at the depot");
    assertThat(q.cue().get().text()).isEqualTo("described");
    // "as" and a preposition after the verb open no object
    assertThat(extract("It was what the inspector described as chaotic.").quotations())
        .isEmpty();
  }

  @Test
  void anAdverbOrThePersonSpokenToCanComeBetweenTheVerbAndAbout() {
    assertThat(only("Ms. Okafor spoke warmly of her old coach.").content().text())
        .isEqualTo("her old coach");
    Quotation q = only("Ms. Okafor talked to students about the new timetable.");
    assertThat(q.content().text()).isEqualTo("the new timetable");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("students");
    assertThat(only("Ms. Okafor said frankly that the timetable failed.").content().text())
        .isEqualTo("the timetable failed");
  }

  @Test
  void anAsClauseMayBePassiveOrCarryAnAdjunct() {
    Quotation q = only("As first reported by the Courier, the depot will close in May.");
    assertThat(q.content().text()).isEqualTo("the depot will close in May");
    assertThat(q.speakerName()).isEqualTo("Courier");
    assertThat(only("As the Courier reported on Monday, the depot will close.").content().text())
        .isEqualTo("the depot will close");
    assertThat(extract("As expected by many, the depot closed.").quotations()).isEmpty();
  }

  @Test
  void herBeforeANounIsAPossessiveAddressee() {
    Quotation q = only("Ms. Dale asked her deputy to close the file.");
    assertThat(q.content().text()).isEqualTo("her deputy to close the file");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("her deputy");
    // before a reported clause "her" is the addressee itself
    assertThat(only("Ms. Dale told her voters would decide.").addressee().orElseThrow().text())
        .isEqualTo("her");
  }

  @Test
  void aPassiveAsClauseSetOffInsideTheSentence() {
    Quotation q = only("The depot, as reported by the Courier, will close in May.");
    assertThat(q.speakerName()).isEqualTo("Courier");
    assertThat(q.content().text())
        .isEqualTo("The depot, as reported by the Courier, will close in May");
    // a quotation before it has its own tag
    assertThat(only("\u201cWe won,\u201d she said, as recalled by her aide, in a new book.")
        .type()).isEqualTo(QuoteType.DIRECT);
  }

  @Test
  void aPronounWithAGluedModalOpensTheToldClause() {
    Quotation q = only("Ms. Dale told reporters she\u2019d quit the board.");
    assertThat(q.content().text()).isEqualTo("she\u2019d quit the board");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("reporters");
    assertThat(only("Mr. Fenn told the panel they'll appeal.").content().text())
        .isEqualTo("they'll appeal");
  }

  @Test
  void aPhrasalCueMayHaveAnAddresseeOrAdjunctsBeforeThat() {
    Quotation q = only("Ms. Dale made it clear to the board on Monday that the depot will stay open.");
    assertThat(q.content().text()).isEqualTo("the depot will stay open");
    assertThat(q.speakerName()).isEqualTo("Dale");
    assertThat(only("Mr. Fenn made his case to donors that the fund was sound.").content().text())
        .isEqualTo("the fund was sound");
    assertThat(only("The mayor shot back that the audit was late.").content().text())
        .isEqualTo("the audit was late");
    // no "that" clause: no report
    assertThat(extract("The firm made a profit that year.").quotations()).isEmpty();
  }

  @Test
  void aParticipleOfSayingThatOpensTheSentenceIsTheMainSubjectsReport() {
    Quotation q = extract("Noting that the depot had closed, Ms. Dale urged the board to act.")
        .quotations().get(0);
    assertThat(q.content().text()).isEqualTo("the depot had closed");
    assertThat(q.speakerName()).isEqualTo("Dale");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("Noting");
    Quotation after = extract("After arguing on Monday that the vote was rigged, Mr. Fenn left.")
        .quotations().get(0);
    assertThat(after.content().text()).isEqualTo("the vote was rigged");
    assertThat(after.speakerName()).isEqualTo("Fenn");
    // a condition the writer sets is nobody's report
    assertThat(extract("Assuming that the vote holds, the board will meet.").quotations())
        .isEmpty();
  }

  @Test
  void aRelativeClauseReportMayHaveThatAsItsWordOrAnIrregularPastAsItsVerb() {
    Quotation q = only("Ms. Dale runs a depot that many traders say is the busiest in Leeds.");
    assertThat(q.content().text()).isEqualTo("is the busiest in Leeds");
    assertThat(q.speakerName()).isEqualTo("many traders");
    assertThat(only("The town lost the mill, which residents say left a gap in its budget.")
        .content().text()).isEqualTo("left a gap in its budget");
  }

  @Test
  void aTagFollowedByItsOwnClauseLeavesAnEarlierQuotationToItsOwnCue() {
    ArticleQuotes r = extract("Even as Mr. Fenn claimed that the depot was \u201cperfectly safe,\u201d "
        + "the inspector said the two reports were different.");
    assertThat(r.quotations()).extracting(q -> q.content().text())
        .containsExactly("the depot was \u201cperfectly safe,\u201d",
            "the two reports were different");
    assertThat(r.quotations()).extracting(Quotation::speakerName)
        .containsExactly("Fenn", "the inspector");
  }

  @Test
  void twoTitledNamesJoinedByAndTakeAPresentCue() {
    Quotation q = only("Mr. Fenn and Ms. Dale say the depot must stay open.");
    assertThat(q.content().text()).isEqualTo("the depot must stay open");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("say");
  }

  @Test
  void aSubjectWithAClauseOfItsOwnWithoutARelativeWordSpeaks() {
    Quotation q = only("The traders I interviewed said the depot was too small.");
    assertThat(q.content().text()).isEqualTo("the depot was too small");
    assertThat(q.speakerMention().orElseThrow().text()).isEqualTo("The traders I interviewed");
    assertThat(only("Residents we spoke with say the depot smells.").speakerMention()
        .orElseThrow().text()).isEqualTo("Residents we spoke with");
  }

  @Test
  void complaintsAndAssurancesAreSpeechNouns() {
    Quotation q = only("The union's complaints that wages were too low went unheard.");
    assertThat(q.content().text()).startsWith("wages were too low");
    assertThat(q.speakerName()).isEqualTo("the union");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("complaints");
  }

  @Test
  void aCueNounsContentStopsBeforeTheSentencesOwnVerb() {
    assertThat(only("Her decision to close the depot angered workers.").content().text())
        .isEqualTo("to close the depot");
    assertThat(only("His pledge to fix what he broke won votes.").content().text())
        .isEqualTo("to fix what he broke");
    assertThat(only("Despite his claims that the plant was safe, residents left.").content()
        .text()).isEqualTo("the plant was safe");
  }

  @Test
  void saysBeforeAnAuxiliaryIsTheVerbOfARelativeClause() {
    Quotation q = only("The council approved a contract, a measure that the mayor says will cut "
        + "costs by a fifth.");
    assertThat(q.content().text()).isEqualTo("will cut costs by a fifth");
    assertThat(q.speakerName()).isEqualTo("the mayor");
    assertThat(only("Ministers introduced a levy the union says would cost jobs.").content().text())
        .isEqualTo("would cost jobs");
  }

  @Test
  void aSubjectWithAClauseEndingInAPrepositionSpeaks() {
    Quotation q = only("Several people I've spoken with said they were worried about the change.");
    assertThat(q.content().text()).isEqualTo("they were worried about the change");
    assertThat(q.speakerMention().orElseThrow().text())
        .isEqualTo("Several people I've spoken with");
    assertThat(only("Officials we talked to said the road would reopen.").speakerMention()
        .orElseThrow().text()).isEqualTo("Officials we talked to");
    assertThat(only("The firm she worked for says it did nothing wrong.").content().text())
        .isEqualTo("it did nothing wrong");
    // "to" before a verb's base form opens an infinitive, not the end of such a clause
    assertThat(only("In her speech she tried to show that the plan was sound.").speakerMention()
        .orElseThrow().text()).isEqualTo("she");
  }

  @Test
  void anOfficesSpokesmanIsNotAnotherBodysSpokesman() {
    List<Quotation> qs = extract("A Garda spokesman confirmed that two men had been arrested. "
        + "The Taoiseach's spokesman said the coalition remained stable.").quotations();
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("a Garda spokesman", "the Taoiseach's spokesman");
    // the office's holder, when known, owns the spokesman
    assertThat(extract("President Ada Lind spoke in Accra. A police spokesman said the crowd "
        + "was calm. The president's spokeswoman said the visit went well.").quotations())
        .extracting(Quotation::speakerName)
        .containsExactly("a police spokesman", "Ada Lind's spokeswoman");
  }

  @Test
  void aDescriptionByOfficeMeansSomeoneHoldingThatOffice() {
    Quotation q = extract("Prime Minister Tom Aldred met business leaders. He said the economy "
        + "was turning a corner. The former chancellor said the Treasury had lost control.")
        .quotations().get(1);
    assertThat(q.speakerName()).isEqualTo("the former chancellor");
    Quotation senator = extract("Sen. Ed Marley spoke in Burlington. Gov. Ann Roe arrived later "
        + "and she met voters. The Vermont senator said the bill was dead.").quotations().get(0);
    assertThat(senator.speakerName()).isEqualTo("Ed Marley");
  }

  @Test
  void aDemonymEpithetMayOpenTheSentenceOrNameAPeople() {
    String before = "Jose Mendes was sacked by the club on Monday. ";
    assertThat(only(before + "The German said he was disappointed.").speakerName())
        .isEqualTo("Jose Mendes");
    // "the Portuguese" is one person with a singular verb only
    assertThat(only(before + "“It was fair,” says the Portuguese.").speakerName())
        .isEqualTo("Jose Mendes");
    Quotation people = only(before + "The Portuguese said they would appeal.");
    assertThat(people.speakerName()).isEqualTo("the Portuguese");
    assertThat(people.speaker().orElseThrow().named()).isFalse();
    assertThat(only("The French said they would veto it.").speakerName()).isEqualTo("the French");
  }

  @Test
  void aPossessiveInsideTheNameOfABodyOfPeople() {
    assertThat(only("The Irish Farmers' Association said the deal was unfair.").speakerName())
        .isEqualTo("Irish Farmers' Association");
    assertThat(only("The Teachers’ Union of Ireland said it would ballot members.")
        .speakerName()).isEqualTo("Teachers’ Union of Ireland");
    assertThat(only("The People's Party said it would abstain.").speakerName())
        .isEqualTo("People's Party");
    // a plural's apostrophe inside a single-quoted quotation still leaves it whole
    assertThat(only("'The Nurses' Union will not accept that,' said Mr Patel.").content().text())
        .isEqualTo("The Nurses' Union will not accept that,");
  }

  @Test
  void aSentenceAfterTheQuotationMayPointBackAtItsSpeaker() {
    String text = "“Look, it is simple,” Coach Dave Miller said on Saturday.\n\n"
        + "“This changes everything.” That was how Minister Claire Dubois described the "
        + "ruling on Friday.\n\n"
        + "“A shambles from start to finish.” Those were the words of Tom Hale.";
    List<Quotation> qs = extract(text).quotations();
    assertThat(qs).filteredOn(q -> q.type() == QuoteType.DIRECT)
        .extracting(q -> q.content().text(), Quotation::speakerName)
        .containsExactly(tuple("Look, it is simple,", "Dave Miller"),
            tuple("This changes everything.", "Claire Dubois"),
            tuple("A shambles from start to finish.", "Tom Hale"));
    // "how" with no cue after its subject points at no speaker
    assertThat(only("Ann Roe spoke first.\n\n“We go again.” That was how it ended.")
        .speakerName()).isNotEqualTo("it");
  }

  @Test
  void aParticipleAsideAfterTheAccordingToSourceIsNotContent() {
    Quotation q = only("According to the study, published in Nature Aging, the effect was "
        + "strongest in older animals.");
    assertThat(q.content().text()).isEqualTo("the effect was strongest in older animals");
    assertThat(q.speakerName()).isEqualTo("the study");
    assertThat(only("According to the report, released on Monday, the economy shrank.")
        .content().text()).isEqualTo("the economy shrank");
    // a participle that opens the content's own subject stays
    assertThat(only("According to police, injured people were taken to hospital.")
        .content().text()).isEqualTo("injured people were taken to hospital");
  }

  @Test
  void aTitleBeforeMinisterOrSecretaryNamesItsPortfolio() {
    assertThat(only("Justice Minister Claire Dubois said the ruling was wrong.").speaker()
        .orElseThrow().roles()).containsExactly("Justice Minister");
    assertThat(only("Justice Secretary Ed Lamb said the ruling was wrong.").speaker()
        .orElseThrow().roles()).containsExactly("Justice Secretary");
  }

  @Test
  void aRolePrefixCrossesOfOnlyAfterARoleWord() {
    Quotation q = extract("He cited the words of opposition leader Tom Hale, who said it was "
        + "fine.").quotations().get(1);
    assertThat(q.speaker().orElseThrow().roles()).containsExactly("opposition leader");
  }

  @Test
  void aCapitalLabelAndColonOpeningAParagraphIsNoSubject() {
    Quotation q = only("MUMBAI: The Bombay High Court on Tuesday pulled up the state "
        + "government, observing that citizens \"cannot be left to fend for themselves\".");
    assertThat(q.speakerName()).isEqualTo("Bombay High Court");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("observing");
  }

  @Test
  void aPhraseAfterAQuotationThatOpensTheContentCompletesIt() {
    Quotation q = only("The mayor said that “this has been a hard year” for the harbour towns.");
    assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    assertThat(q.content().text())
        .isEqualTo("“this has been a hard year” for the harbour towns");
    assertThat(only("He praised the “quiet courage” of the nurses.").content().text())
        .isEqualTo("the “quiet courage” of the nurses");
    assertThat(only("She blamed the delays on “years of neglect” by the previous council.")
        .content().text()).isEqualTo("the delays on “years of neglect” by the previous council");
  }

  @Test
  void timePlaceAndTheWritersRelativeClauseAfterALeadingQuotationStayOut() {
    assertThat(only("The crowd shouted “Shame!” at the minister.").content().text())
        .isEqualTo("Shame!");
    assertThat(only("Ms. Reyes said “the fund is nearly empty” on Tuesday.").content().text())
        .isEqualTo("the fund is nearly empty");
    assertThat(only("She blamed the delays on “years of neglect” during a visit to Leeds.")
        .content().text()).isEqualTo("the delays on “years of neglect”");
    assertThat(only("She blamed the delays on “years of neglect” at a rally.").content().text())
        .isEqualTo("the delays on “years of neglect”");
    assertThat(only("The council launched a series called “Plain Talk” in which the mayor "
        + "answers questions.").content().text()).isEqualTo("Plain Talk");
  }

  @Test
  void aQuotedFragmentInAClauseAfterItsCueComesWithTheClause() {
    Quotation q = only("Ms. Hale stated the reforms were “long overdue” and popular.");
    assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    assertThat(q.content().text()).isEqualTo("the reforms were “long overdue” and popular");
    assertThat(only("Mr. Ito said because turnout was low, “the result means little.”").content()
        .text()).isEqualTo("because turnout was low, “the result means little.”");
    assertThat(only("Mr. Ito says if elected “I will open the books.”").content().text())
        .isEqualTo("if elected “I will open the books.”");
  }

  @Test
  void aCueWordAfterADeterminerIsANounSoTheObjectEndsBeforeTheTime() {
    assertThat(only("Mr. Diaz announced his support for the governor on Thursday night.").content()
        .text()).isEqualTo("his support for the governor");
    assertThat(only("Ms. Lee denied the reports at a news conference.").content().text())
        .isEqualTo("the reports");
  }

  @Test
  void aBracketOpenedBeforeTheContentIsNotPartOfIt() {
    assertThat(only("Sales fell. (The firm denied the reports.)").content().text())
        .isEqualTo("the reports");
    assertThat(only("(Ms. Lee said she would stay on.)").content().text())
        .isEqualTo("she would stay on");
    assertThat(only("Ms. Lee said the plan (the third) was sound.").content().text())
        .isEqualTo("the plan (the third) was sound");
  }

  @Test
  void whoIsUrgedToActBelongsToTheInfinitiveContent() {
    Quotation q = only("The union urged its members to reject the offer.");
    assertThat(q.content().text()).isEqualTo("its members to reject the offer");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("its members");
    Quotation day = only("The mayor promised Monday to reopen the library.");
    assertThat(day.content().text()).isEqualTo("to reopen the library");
    assertThat(day.addressee()).isEmpty();
    assertThat(only("The mayor vowed on Sunday to reopen the library.").content().text())
        .isEqualTo("to reopen the library");
  }

  @Test
  void aVerbFormAfterADeterminerInTheMediumIsNoVerb() {
    assertThat(only("The lawyer said in a written statement on Friday that the claims had no "
        + "substance.").content().text()).isEqualTo("the claims had no substance");
    assertThat(only("The mayor said in her prepared remarks that the budget was balanced.")
        .content().text()).isEqualTo("the budget was balanced");
  }
  @Test
  void whatSomeoneWasToldOrAskedHasNoSpeakerAndTheSubjectAsAddressee() {
    Quotation q = only("Carl Denning was told he faced a long spell in prison.");
    assertThat(q.content().text()).isEqualTo("he faced a long spell in prison");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("was told");
    assertThat(q.speaker()).isEmpty();
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("Carl Denning");
    assertThat(only("The goalkeeper was later asked whether he would stay at the club.")
        .content().text()).isEqualTo("whether he would stay at the club");
    assertThat(only("Shoppers have been advised to avoid the town centre.").content().text())
        .isEqualTo("to avoid the town centre");
    assertThat(only("The minister was asked about the hospital closures.").content().text())
        .isEqualTo("the hospital closures");
    // a named teller keeps the quotation
    assertThat(only("Denning was told by his solicitor that the case was weak.").speakerName())
        .isEqualTo("his solicitor");
    assertThat(extract("The striker was told off by the referee.").quotations()).isEmpty();
  }

  @Test
  void anInfinitiveSomeoneWasToldToCarryOutIsNotTheirOwnThought() {
    Quotation q = only("Denning was told to expect a custodial sentence.");
    assertThat(q.content().text()).isEqualTo("to expect a custodial sentence");
    assertThat(q.speaker()).isEmpty();
    Quotation asked = only("The winger was asked to explain his red card.");
    assertThat(asked.cue().orElseThrow().text()).isEqualTo("was asked");
    assertThat(asked.speaker()).isEmpty();
  }

  @Test
  void anObjectPronounBeforeAnInfinitiveIsPartOfWhatIsExpected() {
    Quotation q = only("The fly-half was taken to hospital. Doctors expect him to make a full "
        + "recovery.");
    assertThat(q.content().text()).isEqualTo("him to make a full recovery");
    assertThat(q.speakerName()).isEqualTo("Doctors");
    assertThat(only("Few pundits expected them to survive the winter.").content().text())
        .isEqualTo("them to survive the winter");
  }
}
