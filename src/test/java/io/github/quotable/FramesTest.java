package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The less common ways news attributes content, each on sentences written for this test. */
class FramesTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static List<Quotation> extract(String text) {
    return ResultInvariants.check(text, EXTRACTOR.extract(text)).quotations();
  }

  private static Quotation only(String text) {
    List<Quotation> qs = extract(text);
    assertThat(qs).hasSize(1);
    return qs.get(0);
  }

  @Test
  void nounCueWithAPrepositionTakesItsObject() {
    List<Quotation> qs = extract("Her criticism of the plan was sharp. The mayor's attacks on "
        + "the council continued. The group's support was strong.");
    assertThat(qs).extracting(q -> q.content().text(), q -> q.cue().get().text())
        .containsExactly(tuple("the plan", "criticism"), tuple("the council", "attacks"));
  }

  @Test
  void nounCueWithPossessor() {
    Quotation q = only("The mayor's claim that the tunnel would pay for itself drew laughter.");
    assertThat(q.content().text()).isEqualTo("the tunnel would pay for itself");
    assertThat(q.cue().get().text()).isEqualTo("claim");
    assertThat(q.speakerMention().get().text()).contains("mayor");
  }

  @Test
  void inSomeonesViewFramesTheSentence() {
    Quotation q = only("In Dr. Osei's view, the vaccine rollout has been too slow.");
    assertThat(q.content().text()).isEqualTo("the vaccine rollout has been too slow");
    assertThat(q.kind()).isEqualTo(QuoteKind.THOUGHT);
  }

  @Test
  void adjectiveCueAfterACopula() {
    Quotation q = only("Many farmers are afraid that the drought will last another year.");
    assertThat(q.content().text()).isEqualTo("the drought will last another year");
    assertThat(q.speakerName()).isEqualTo("Many farmers");
  }

  @Test
  void asClauseFramesTheMainClause() {
    Quotation q = only("As several analysts have pointed out, the bank cannot cut rates again.");
    assertThat(q.content().text()).isEqualTo("the bank cannot cut rates again");
    assertThat(q.speakerMention().get().text()).isEqualTo("several analysts");
  }

  @Test
  void tagInsideItsContent() {
    Quotation q = only("If the vote fails, she said, the party will choose a new leader.");
    assertThat(q.content().text()).startsWith("If the vote fails")
        .endsWith("the party will choose a new leader");
    assertThat(q.cue().get().text()).isEqualTo("said");
  }

  @Test
  void tagInsideAClauseThatGoesOn() {
    for (String text : List.of("The plan would be helped, Ortiz said, by the new budget.",
        "The rise is welcome, she said, because people now live longer.",
        "It is a provision, Ortiz said, that is meant to protect renters.")) {
      Quotation q = only(text);
      assertThat(q.content().text()).as(text).isEqualTo(text.substring(0, text.length() - 1));
      assertThat(q.cue().get().text()).isEqualTo("said");
    }
  }

  @Test
  void reportedClauseOpeningWithACondition() {
    assertThat(only("Ostrowski said if she were elected, the tax would be cut by half.")
        .content().text()).isEqualTo("if she were elected, the tax would be cut by half");
    assertThat(only("Lee said if elected she could work with the council.").content().text())
        .isEqualTo("if elected she could work with the council");
    assertThat(extract("Lee said if it rains.")).isEmpty();
  }

  @Test
  void relativeClauseWhoseSubjectIsTheRelativeWord() {
    Quotation q = only("The new fares, which officials said will take effect in May, drew "
        + "protests.");
    assertThat(q.content().text()).isEqualTo("will take effect in May");
    assertThat(q.speakerMention().get().text()).isEqualTo("officials");
    assertThat(only("Voters rejected what the mayor said was a fair plan.").content().text())
        .isEqualTo("was a fair plan");
    assertThat(only("The team ended the season, which its coach said exceeded hopes.")
        .content().text()).isEqualTo("exceeded hopes");
    assertThat(only("The actor, who his agent said was resting, missed the premiere.")
        .content().text()).isEqualTo("was resting");
  }

  @Test
  void sourceBeforeAnAsideAndAVerbInTheBaseForm() {
    Quotation q = only("Supporters of the levy, however, say it would pay for new schools.");
    assertThat(q.content().text()).isEqualTo("it would pay for new schools");
    assertThat(q.speakerMention().get().text()).isEqualTo("Supporters of the levy");
  }

  @Test
  void prepositionUsedAsAnAdjectiveInTheSource() {
    Quotation q = only("The aim, an inside source said, is to delay the vote.");
    assertThat(q.speakerMention().get().text()).isEqualTo("an inside source");
    assertThat(only("The deal was signed, according to an outside adviser.")
        .speakerMention().get().text()).isEqualTo("an outside adviser");
  }

  @Test
  void tagEndedBySemicolonOrByItsOwnTimeClause() {
    assertThat(extract("Turnout will be low, analysts say; in 2019, it was 31 percent."))
        .extracting(q -> q.content().text()).containsExactly("Turnout will be low");
    assertThat(only("We will not back down, the mayor told aides as she left the hall.")
        .content().text()).isEqualTo("We will not back down");
  }

  @Test
  void tagInsideASubjectClause() {
    assertThat(only("Whatever progress the talks have made, diplomats said, could be undone.")
        .content().text())
        .isEqualTo("Whatever progress the talks have made, diplomats said, could be undone");
  }

  @Test
  void sourceWhoseModifierEndsInAPronoun() {
    for (String text : List.of("Those close to him say he will not run again.",
        "A spokesman for her said she will not run again.",
        "People familiar with it said she will not run again.")) {
      Quotation q = only(text);
      assertThat(q.content().text()).as(text).endsWith("will not run again");
      assertThat(q.speakerMention().get().text()).as(text)
          .isEqualTo(text.substring(0, text.indexOf(" sa")));
    }
  }

  @Test
  void sourceBeforeAnAdverbAndADate() {
    Quotation q = only("The bank just this month announced it would drop the fees.");
    assertThat(q.speakerMention().get().text()).isEqualTo("The bank");
    assertThat(q.content().text()).isEqualTo("it would drop the fees");
  }

  @Test
  void thatThenAnAsideOpensTheContent() {
    assertThat(only("Aides say that, in addition to Ruiz, she would consider Park.")
        .content().text()).isEqualTo("in addition to Ruiz, she would consider Park");
  }

  @Test
  void thatAsTheSubjectOfTheReportedClause() {
    assertThat(only("Ruiz said that was part of politics.").content().text())
        .isEqualTo("that was part of politics");
  }

  @Test
  void callingAnObjectSomething() {
    assertThat(only("She called the vote a sham.").content().text())
        .isEqualTo("the vote a sham");
  }

  @Test
  void addresseeThenTheTopic() {
    Quotation q = only("Hale asked the mayor about the budget gap.");
    assertThat(q.content().text()).isEqualTo("the budget gap");
    assertThat(q.cue().get().text()).isEqualTo("asked");
  }

  @Test
  void notSayingWhether() {
    assertThat(only("The governor would not say whether she would sign the bill.")
        .content().text()).isEqualTo("whether she would sign the bill");
    assertThat(only("The governor did not say if she would sign the bill.")
        .content().text()).isEqualTo("if she would sign the bill");
  }

  @Test
  void programmeTitleAfterAPossessiveIsNoQuotation() {
    Quotation q = only("“We will win,” Ruiz said on ABC’s “This Week.”");
    assertThat(q.content().text()).isEqualTo("We will win,");
    assertThat(q.speakerMention().get().text()).isEqualTo("Ruiz");
    assertThat(only("“We will win,” Ruiz said on “This Week.”").content().text())
        .isEqualTo("We will win,");
    assertThat(extract("Clinton leads by 270 pledged delegates.")).isEmpty();
    assertThat(extract("He is now the host of “The Late Hour.”")).isEmpty();
    assertThat(only("At the rally, Ruiz sings Ann Lee’s “Open Road” to the mayor.").content()
        .text()).isEqualTo("Open Road"); // a person's possessive: no programme title
    Quotation told = only("Ruiz told NBC’s “Meet the Press” that the race was close.");
    assertThat(told.content().text()).isEqualTo("the race was close");
    assertThat(told.addressee().get().text()).isEqualTo("NBC’s “Meet the Press”");
  }

  @Test
  void programmeTitleInAPhraseAfterTheCueIsNoQuotation() {
    assertThat(only("“She made it up,” he said during a call to ABC’s “This Week.”").content()
        .text()).isEqualTo("She made it up,");
    Quotation q = only("“It is over,” the senator said in an interview with “Fox News Sunday.”");
    assertThat(q.content().text()).isEqualTo("It is over,");
    assertThat(q.speakerName()).isEqualTo("the senator");
    assertThat(only("Ruiz said in an interview with “Fox News Sunday” that the deal was dead.")
        .content().text()).isEqualTo("the deal was dead");
  }

  @Test
  void pluralNounsThatLookLikeCueVerbs() {
    assertThat(extract("Interest rates are low. Western states that have voted lean left."))
        .isEmpty();
    assertThat(extract("The bank kept interest rates unchanged. Mortgage rates fell to 6%."))
        .isEmpty(); // "rate" is no cue: its noun is everywhere in economic news
    assertThat(only("The filing states that the firm lost money.").content().text())
        .isEqualTo("the firm lost money");
    assertThat(extract("Fees fell by four percentage points each year. Capital gains rates "
        + "for most assets rose. The firm faced some steep challenges including this one."))
        .isEmpty();
    assertThat(only("An average of recent polls shows Lee leading by two points.")
        .speakerMention().get().text()).isEqualTo("An average of recent polls");
  }

  @Test
  void ofContentNeedsAnObjectBeforeIt() {
    assertThat(only("Lee accused the former mayor of Dover of lying.").content().text())
        .isEqualTo("the former mayor of Dover of lying");
    assertThat(extract("Lee spoke to a gathering of farm leaders.")).isEmpty();
  }

  @Test
  void accordingToAfterAPronounThatPointsBack() {
    assertThat(extract("Rents doubled. That’s according to the housing office.")).isEmpty();
  }

  @Test
  void invertedTagNeedsASourceThatCanSpeak() {
    assertThat(extract("The resort's casinos — Park’s, Lido and Cove — reported steep revenue "
        + "declines.")).extracting(q -> q.rule()).doesNotContain("inverted-cue-after");
    Quotation q = only("“That is politics,” said the man who ran the campaign.");
    assertThat(q.speakerMention().get().text()).isEqualTo("the man");
  }

  @Test
  void accordingToANounThatLooksLikeAVerb() {
    Quotation q = only("He mocked the staff, according to show insiders.");
    assertThat(q.speakerMention().get().text()).isEqualTo("show insiders");
    assertThat(q.content().text()).isEqualTo("He mocked the staff");
  }

  @Test
  void givenNameThatIsAlsoAModal() {
    Quotation q = only("“We are ready,” said Will Doyle, the coach.");
    assertThat(q.speaker().get().name()).isEqualTo("Will Doyle");
    assertThat(extract("Will the council vote? Voters will decide.")).isEmpty();
  }

  @Test
  void speakerLocatedByAPhraseAtTheStartOfTheText() {
    assertThat(extract("A voice-over in the ad states “we will win.”")).isNotNull();
    assertThat(extract("Rain. A message on the site reads “closed today.”")).isNotNull();
  }

  @Test
  void titleInsideTheSourcesAppositive() {
    Quotation q = only("“The law is failing,” said Ann Cole, author of “Bitter Cure.”");
    assertThat(q.speaker().get().name()).isEqualTo("Ann Cole");
    assertThat(q.content().text()).isEqualTo("The law is failing,");
  }

  @Test
  void findingOneselfSomewhereIsNoFinding() {
    assertThat(extract("By March the mayor found herself in a tight race.")).isEmpty();
    assertThat(only("The audit found that the city overspent.").content().text())
        .isEqualTo("the city overspent");
  }

  @Test
  void reportedClauseWithAHedgedNumberAsSubject() {
    assertThat(only("Officials say at least 40 people died in the flooding.").content().text())
        .isEqualTo("at least 40 people died in the flooding");
    assertThat(only("Police said over 300 homes were damaged.").content().text())
        .isEqualTo("over 300 homes were damaged");
  }

  @Test
  void permissionToSpeakIsNoReport() {
    Quotation q = only("The senator, who spoke on condition of anonymity because he was not "
        + "authorized to discuss the talks, said the bill would pass.");
    assertThat(q.content().text()).isEqualTo("the bill would pass");
  }

  @Test
  void aQuotedObjectGoesOnThroughOf() {
    assertThat(only("Sir Tom Ellery accused the government of 'losing control' of the economy.")
        .content().text()).isEqualTo("the government of 'losing control' of the economy");
  }

  @Test
  void callingAndSeeingSomethingAsSomething() {
    Quotation called = only("Lee called the council's ruling “arbitrary.”");
    assertThat(called.content().text()).isEqualTo("the council's ruling “arbitrary.”");
    assertThat(called.type()).isEqualTo(QuoteType.MIXED);
    assertThat(only("Lee called him divisive.").content().text()).isEqualTo("him divisive");
    assertThat(only("She described the rally as a turning point.").content().text())
        .isEqualTo("the rally as a turning point");
    Quotation seen = only("Developers see golf courses as wasted space.");
    assertThat(seen.content().text()).isEqualTo("golf courses as wasted space");
    assertThat(seen.kind()).isEqualTo(QuoteKind.THOUGHT);
    assertThat(extract("Lee called him on Monday. We will see them as soon as we can."))
        .isEmpty();
  }

  @Test
  void aNounInThePluralIsNoCoordinatedCue() {
    Quotation q = only("Speaker Tom Ryan said the recent spate of shootings and protests demands "
        + "that “we come together.”");
    assertThat(q.content().text()).startsWith("the recent spate").endsWith("together.”");
    assertThat(q.speakerName()).isEqualTo("Tom Ryan");
  }

  @Test
  void aCueAfterAndSharesTheSubjectOfTheClauseItCloses() {
    List<Quotation> qs = extract("Mayor Tom Hale described Ann Ruiz as a “disgrace” after she "
        + "visited the scene and blamed “outside agitators” for the unrest.");
    assertThat(qs).extracting(q -> q.speakerMention().get().text())
        .containsExactly("Tom Hale", "she");
  }

  @Test
  void anObjectGoesOnThroughIncludingAndSuchAs() {
    assertThat(only("She discussed fun topics, including lessons from her mother.").content()
        .text()).isEqualTo("fun topics, including lessons from her mother");
    assertThat(only("He criticized new rules, such as the cap on rents, on Monday.").content()
        .text()).isEqualTo("new rules, such as the cap on rents");
  }

  @Test
  void whenAskedLaterInTheSentenceReportsTheQuestion() {
    List<Quotation> qs = extract("“We will see,” she said when asked whether she would run.");
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("We will see,", "whether she would run");
    assertThat(qs.get(1).rule()).isEqualTo("asked");
    assertThat(extract("Asked how he would pay for it, Lee said the rich would.").get(0).content()
        .text()).isEqualTo("how he would pay for it");
  }

  @Test
  void tagWithAnAddresseeInsideItsContent() {
    Quotation q = only("The solution, the partner told them, was simple.");
    assertThat(q.content().text()).isEqualTo("The solution, the partner told them, was simple");
    assertThat(q.cue().get().text()).isEqualTo("told");
  }

  @Test
  void tagAfterAnOpeningPhraseOrASubjectSpansTheSentence() {
    for (String text : List.of("In the years since the floods, Ortiz says, far too many homes "
        + "have been lost.", "Survival, Mr. Vance says, depends on giving readers what they want.")) {
      assertThat(only(text).content().text()).isEqualTo(text.substring(0, text.length() - 1));
    }
  }

  @Test
  void aReportEndsBeforeTheWritersButClause() {
    assertThat(only("Lee says the emails were personal, but for her rivals, it is a smoking gun.")
        .content().text()).isEqualTo("the emails were personal");
  }

  @Test
  void aReportEndsBeforeAndWithASourceAndCueOfItsOwn() {
    List<Quotation> qs = extract("Republicans said they are convinced the department mishandled "
        + "the case and Democrats accused them of stoking the issue. Ruiz said the city and its "
        + "allies will seek new funds.");
    assertThat(qs).extracting(q -> q.content().text()).containsExactly(
        "they are convinced the department mishandled the case", "them of stoking the issue",
        "the city and its allies will seek new funds");
  }

  @Test
  void aReportEndsBeforeAnotherSource() {
    List<Quotation> qs =
        extract("One firm says there are 2,400 billionaires, another says there are 1,800.");
    assertThat(qs).extracting(q -> q.content().text(), q -> q.speakerMention().get().text())
        .containsExactly(tuple("there are 2,400 billionaires", "One firm"),
            tuple("there are 1,800", "another"));
  }

  @Test
  void echoingAPromiseIsAnAttribution() {
    assertThat(only("He echoed the promise on Monday.").content().text())
        .isEqualTo("the promise");
  }

  @Test
  void attackingAndBackingSomeoneAreAttributions() {
    assertThat(only("She attacked Lee for his record on taxes.").content().text())
        .isEqualTo("Lee for his record on taxes");
    Quotation backed = only("The union backed Ortiz in the primary.");
    assertThat(backed.content().text()).isEqualTo("Ortiz in the primary");
    assertThat(backed.kind()).isEqualTo(QuoteKind.THOUGHT);
    assertThat(extract("He went back to Ohio. The plan was backed by the council.")).isEmpty();
  }

  @Test
  void anObjectEndsBeforeASecondPredicate() {
    List<Quotation> qs = extract("Ms. Ward has been a busy surrogate, attacking Mr. Hale and "
        + "visiting the campaign's offices. She praised the plan and the budget.");
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("Mr. Hale", "the plan and the budget");
  }

  @Test
  void aGroupBackingACandidateAfterAPreposition() {
    Quotation q = only("Donors gave $25 million to an outside group backing Senator Ann Ruiz.");
    assertThat(q.content().text()).isEqualTo("Senator Ann Ruiz");
    assertThat(q.cue().get().text()).isEqualTo("backing");
  }

  @Test
  void withAShareSayingNamesTheShareAsSource() {
    List<Quotation> qs = extract("Lee has improved his standing, with 30 percent of voters saying "
        + "they have a positive view of him. Many shrugged off the choice, with three in 10 "
        + "saying it would have no effect.");
    assertThat(qs).extracting(q -> q.speakerMention().get().text())
        .containsExactly("30 percent of voters", "three in 10");
  }

  @Test
  void tagFollowedByItsOwnTimeStaysOutsideTheContent() {
    Quotation q = only("The plan was rejected, Ortiz said on Monday.");
    assertThat(q.content().text()).isEqualTo("The plan was rejected");
  }

  @Test
  void colonAfterANameInAHeadline() {
    List<Quotation> qs = extract("Ortega: The ceasefire will hold through the winter\n\n"
        + "Foreign Minister Ana Ortega spoke after talks in Geneva.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.content().text()).isEqualTo("The ceasefire will hold through the winter");
      assertThat(q.speakerName()).isEqualTo("Ana Ortega");
    });
  }

  @Test
  void editorialLabelsAreNotSpeakers() {
    assertThat(extract("Update: The bridge has reopened to traffic.")).isEmpty();
  }

  @Test
  void findingFramedByThePoll() {
    Quotation q = only("The governor leads by nine points in the new survey.");
    assertThat(q.content().text()).isEqualTo("The governor leads by nine points");
    assertThat(q.kind()).isEqualTo(QuoteKind.EVIDENCE);
  }

  @Test
  void whatSomeoneWasAsked() {
    List<Quotation> qs = extract("Asked about the delay, the minister blamed the contractors.");
    assertThat(qs).extracting(q -> q.content().text()).contains("about the delay");
  }

  @Test
  void infinitiveEndsBeforeACoordinatedVerb() {
    Quotation q = only("The senator vowed to block the bill and left the chamber.");
    assertThat(q.content().text()).isEqualTo("to block the bill");
    assertThat(q.kind()).isEqualTo(QuoteKind.SPEECH);
  }

  @Test
  void infinitiveKeepsItsSubordinateClauseAndTheListItOpens() {
    assertThat(only("The mayor vowed to keep the library open while the council reviews its "
        + "budget.").content().text())
        .isEqualTo("to keep the library open while the council reviews its budget");
    assertThat(only("The union pledged to protect its members, including those who work part "
        + "time.").content().text())
        .isEqualTo("to protect its members, including those who work part time");
  }

  @Test
  void objectKeepsAnEnumerationUpToItsLastItem() {
    assertThat(only("The mayor praised the firefighters, the nurses and the volunteers.")
        .content().text()).isEqualTo("the firefighters, the nurses and the volunteers");
    assertThat(only("The audit faulted the agency, its two contractors, and the regulator.")
        .content().text()).isEqualTo("the agency, its two contractors, and the regulator");
  }

  @Test
  void objectKeepsAClauseOfReasonOrConditionButNotOneOfTime() {
    assertThat(only("The council criticized the plan because it ignored the river.").content()
        .text()).isEqualTo("the plan because it ignored the river");
    assertThat(only("The chief questioned the cost of the stadium if the city pays for it.")
        .content().text()).isEqualTo("the cost of the stadium if the city pays for it");
    assertThat(only("The report faulted the agency for the delays while the minister was "
        + "abroad.").content().text()).isEqualTo("the agency for the delays");
  }

  @Test
  void objectGoesOnIntoAnInfinitiveWhoseVerbCouldBeAMedium() {
    assertThat(only("The judge ordered the ministry to release the files by Friday.").content()
        .text()).isEqualTo("the ministry to release the files");
  }

  @Test
  void aGerundObjectKeepsTheGerundCoordinatedWithIt() {
    assertThat(only("The group opposed raising the tax and cutting the school budget.")
        .content().text()).isEqualTo("raising the tax and cutting the school budget");
  }

  @Test
  void infinitiveGoesOnThroughAListOfVerbPhrasesButNotIntoAClause() {
    assertThat(only("The mayor promised to repave the roads, fix the lights and reopen the park.")
        .content().text()).isEqualTo("to repave the roads, fix the lights and reopen the park");
    assertThat(extract("The mayor promised to repave the roads, and the shops on Main Street "
        + "and Elm Street are thrilled.")).extracting(q -> q.content().text())
        .containsExactly("to repave the roads");
  }

  @Test
  void objectEndsBeforeAnAdjunctOfTime() {
    Quotation q = only("The union denied the allegations amid an outcry from members.");
    assertThat(q.content().text()).isEqualTo("the allegations");
  }

  @Test
  void objectKeepsItsPhrasesOfPlaceButNotItsMedium() {
    assertThat(only("The senator praised the plan to rebuild the pier in Marlow.").content()
        .text()).isEqualTo("the plan to rebuild the pier in Marlow");
    assertThat(only("The senator praised the plan in a speech on Monday.").content().text())
        .isEqualTo("the plan");
  }

  @Test
  void speakingOnConditionOfAnonymityIsNoContent() {
    List<Quotation> qs = extract("“It is coming,” said a strategist for one of the candidates, "
        + "speaking on the condition of anonymity.");
    assertThat(qs).extracting(q -> q.content().text()).containsExactly("It is coming,");
  }

  @Test
  void coordinatedCuesAreTwoAttributions() {
    List<Quotation> qs = extract("The company announced new prices and said it would hire 200 "
        + "workers.");
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("new prices", "it would hire 200 workers");
  }

  @Test
  void prepositionFrameTakesThePhraseAfterIt() {
    Quotation q = only("The governor talked about the cost of the new bridge.");
    assertThat(q.content().text()).isEqualTo("the cost of the new bridge");
    assertThat(q.cue().get().text()).isEqualTo("talked");
  }

  @Test
  void callForIsAPrepositionFrame() {
    Quotation q = only("Teachers' unions called for a pay rise of 6 percent.");
    assertThat(q.content().text()).isEqualTo("a pay rise of 6 percent");
  }

  @Test
  void raisedSubjectHasNoSource() {
    Quotation q = only("The minister is expected to resign before the summer.");
    assertThat(q.content().text()).isEqualTo("to resign before the summer");
    assertThat(q.speaker()).isEmpty();
  }

  @Test
  void listOfQuotationsAfterANamingCue() {
    Quotation q = only("The coach called the referee “biased,” “incompetent” and “a disgrace.”");
    assertThat(q.content().text())
        .isEqualTo("the referee “biased,” “incompetent” and “a disgrace.”");
    assertThat(q.type()).isEqualTo(QuoteType.MIXED);
  }

  @Test
  void progressiveCueKeepsItsSubject() {
    Quotation q = only("The mayor is arguing that the tax will pay for itself.");
    assertThat(q.speakerName()).isEqualTo("the mayor");
    assertThat(q.content().text()).isEqualTo("the tax will pay for itself");
  }

  @Test
  void reducedRelativeAfterAWorkTakesTheClauseSubject() {
    Quotation q = only("The council issued a statement saying the pool would reopen in May.");
    assertThat(q.speakerName()).isEqualTo("the council");
    assertThat(q.content().text()).isEqualTo("the pool would reopen in May");
  }

  @Test
  void tagBetweenSubjectAndPredicate() {
    Quotation q = only("Most of the closures, he said, have hit rural clinics.");
    assertThat(q.content().text()).isEqualTo("Most of the closures, he said, have hit rural clinics");
  }

  @Test
  void aDayWithAPossessiveOpensTheContent() {
    Quotation q = only("Ruth Bell said Thursday's speeches had changed her mind.");
    assertThat(q.content().text()).isEqualTo("Thursday's speeches had changed her mind");
  }

  @Test
  void aGerundCanBeTheSubjectOfTheContent() {
    Quotation q = only("Omar Said said seeing the harbour lights back on was a relief.");
    assertThat(q.content().text()).isEqualTo(
        "seeing the harbour lights back on was a relief");
  }

  @Test
  void thoseSurveyedAreASource() {
    Quotation q = only("Those surveyed say stricter rules would help.");
    assertThat(q.speakerMention().orElseThrow().text()).isEqualTo("Those surveyed");
    assertThat(q.content().text()).isEqualTo("stricter rules would help");
  }

  @Test
  void aNameAfterToldFollowedByThatIsTheAddressee() {
    Quotation q = only("Ada Lind, who runs the family firm, told the Gazette that she took "
        + "eight days off.");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Ada Lind");
    assertThat(q.addressee().orElseThrow().text()).isEqualTo("the Gazette");
    assertThat(q.content().text()).isEqualTo("she took eight days off");
  }

  @Test
  void aQuotedObjectEndsWhereItsQuotationCloses() {
    Quotation q = only("Ames criticised the budget as a “shambles” Wednesday on a local "
        + "station.");
    assertThat(q.content().text()).isEqualTo("the budget as a “shambles”");
  }

  @Test
  void anAdverbAndAParticipleAfterTheContentAreTheAuthors() {
    Quotation q = only("The mayor told residents she would take it as a \"personal failure\" if "
        + "the tram ran late, implicitly staking her job on it.");
    assertThat(q.content().text()).isEqualTo(
        "she would take it as a \"personal failure\" if the tram ran late");
  }

  @Test
  void anAppositiveWithAPossessiveNameStillNamesTheSource() {
    Quotation q = only("Meridian, Marlow's only bidder, said it was \"firmly opposed\" to the "
        + "levy.");
    assertThat(q.speakerMention().orElseThrow().text()).startsWith("Meridian");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Meridian");
  }

  @Test
  void aVerbWithAnOfFrameStillTakesABareClause() {
    List<Quotation> qs = extract("Tom Ellery said the scheme was reckless and warned it would "
        + "lengthen waiting lists.");
    assertThat(qs).extracting(q -> q.content().text())
        .containsExactly("the scheme was reckless", "it would lengthen waiting lists");
    assertThat(qs.get(1).speakerName()).isEqualTo("Tom Ellery");
  }

  @Test
  void anObjectEndsBeforeADay() {
    assertThat(only("Tessa Lund offered advice to Paul Okoro on Friday.").content()
        .text()).isEqualTo("advice to Paul Okoro");
  }

  @Test
  void quotedAsSayingReportsTheSubject() {
    Quotation q = only("Smith was quoted as saying the deal was dead.");
    assertThat(q.speakerName()).isEqualTo("Smith");
    assertThat(q.content().text()).isEqualTo("the deal was dead");
  }

  @Test
  void aReportAfterAClosingQuotationStartsAnotherContent() {
    List<Quotation> qs = extract("Ada Lind said the tape did not give \"clear evidence of a "
        + "weapon,\" but she said that the other footage \"supports what we heard\" about it.");
    assertThat(qs).extracting(q -> q.content().text()).containsExactly(
        "the tape did not give \"clear evidence of a weapon,\"",
        "the other footage \"supports what we heard\" about it");
  }

  @Test
  void aPassiveCueWithAsReportsWhatFollowsWithoutASource() {
    Quotation q = only("The council struck thousands of names from the roll, in what is being "
        + "criticized as a \"use it or lose it\" approach to voting.");
    assertThat(q.content().text()).isEqualTo("a \"use it or lose it\" approach to voting");
    assertThat(q.speaker()).isEmpty();
  }

  @Test
  void asSomeonePutItAttributesTheClauseItBelongsTo() {
    Quotation q = only("As Jones put it, “The horse has bolted.”");
    assertThat(q.speakerName()).isEqualTo("Jones");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("put it");
    assertThat(q.content().text()).isEqualTo("The horse has bolted.");
  }

  @Test
  void aQuotationWithoutACueBelongsToItsOwnSentencesSubject() {
    List<Quotation> qs = extract("“The port will reopen in May,” said Tomas Reyes.\n\n"
        + "A second spot from the Ostrowski team attacked a “rigged system that rewards the "
        + "few and punishes everyone else.”");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speakerMention().orElseThrow().text()).contains("second spot");
  }

  @Test
  void aQuotationAfterAnInanimateSubjectStaysWithTheParagraphsSpeaker() {
    List<Quotation> qs = extract("“The port will reopen in May,” Tomas Reyes said. The ships should "
        + "bring “a little more patience than they are used to.”");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speakerName()).isEqualTo("Tomas Reyes");
  }

  @Test
  void anObjectCharacterisedAsAQuotationWhateverTheVerb() {
    Quotation q = only("Maria Ostrowski heralded the deal with the union as a “breakthrough.”");
    assertThat(q.content().text()).isEqualTo("the deal with the union as a “breakthrough.”");
    assertThat(q.speakerName()).isEqualTo("Maria Ostrowski");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("heralded");
  }

  @Test
  void suchAsBeforeAQuotationIsNoCharacterisation() {
    assertThat(extract("Clerks searched the files for words such as “harbour” and “toll”."))
        .isEmpty();
  }

  @Test
  void aContractedIsMakesTheIngFormACue() {
    Quotation q = only("She’s predicting the harbour will do “very, very well” next year.");
    assertThat(q.content().text()).isEqualTo("the harbour will do “very, very well” next year");
    assertThat(q.speakerMention().orElseThrow().text()).isEqualTo("She");
  }

  @Test
  void aFragmentAfterAThoughtCueSharesItsSource() {
    List<Quotation> qs = extract("Most voters hope for change, not for the “same old faces” again.");
    assertThat(qs).extracting(q -> q.content().text()).containsExactly("change",
        "same old faces");
    assertThat(qs.get(1).speakerName()).isEqualTo("Most voters");
  }

  @Test
  void aFragmentAfterAPassiveParticipleHasNoSpeaker() {
    Quotation q = only("After an outcry from the unions, the bill, known as the “Harbour Renewal "
        + "Act”, was passed by the council.");
    assertThat(q.content().text()).isEqualTo("Harbour Renewal Act");
    assertThat(q.speaker()).isEmpty();
  }

  @Test
  void lowerCaseModifiersAfterAQuotationBelongToTheSourceAfterIt() {
    Quotation q = only("The mayor “is the only one who can keep the port open,” retired admiral "
        + "Tom Ellery said.");
    assertThat(q.speakerName()).isEqualTo("Tom Ellery");
    assertThat(q.content().text()).startsWith("The mayor");
  }

  @Test
  void whatSheCalledIsSpokenByTheSubjectSheStandsFor() {
    Quotation q = only("Secretary General Ana Ruiz condemned what she called a “brazen breach” "
        + "of the rules.");
    assertThat(q.speakerMention().orElseThrow().text()).contains("Ana Ruiz");
  }

  @Test
  void aLowerCasePhraseAfterADashIsNoByline() {
    Quotation q = only("In July, Tom Ellery dismissed the port as being in the “suburbs of the "
        + "capital” — a metaphor for the party’s drift under Ostrowski.");
    assertThat(q.speakerName()).isEqualTo("Tom Ellery");
  }

  @Test
  void contentEndsBeforeTheAuthorsButClauseAfterAnAdjunct() {
    Quotation q = only("The panel then ruled that her claim about “thousands of jobs” in the "
        + "port is “true,” but in the course of their report they could not resist a jab.");
    assertThat(q.content().text()).endsWith("is “true,”");
  }

  @Test
  void ofContentEndsBeforeASecondVerbParallelToTheCue() {
    List<Quotation> qs = extract("Ostrowski took to the radio to accuse the council of being "
        + "“duped” by “a con” and urge voters to check out what she called the “sex tape.”");
    assertThat(qs.get(0).content().text()).isEqualTo("the council of being “duped” by “a con”");
    assertThat(qs.get(qs.size() - 1).speakerMention().orElseThrow().text()).isEqualTo("she");
  }

  @Test
  void comparedToAQuotationCharacterisesLikeLikened() {
    Quotation q = extract("Ana Ruiz compared the mayor to a coach who is “working the referees” "
        + "before a final.").get(0);
    assertThat(q.speakerName()).isEqualTo("Ana Ruiz");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("compared");
  }

  @Test
  void aRetortWithBackAfterTheVerbIsACue() {
    Quotation q = only("“Let me finish,” Ms. Ortiz shot back.");
    assertThat(q.cue().get().text()).isEqualTo("shot back");
    assertThat(q.speakerName()).isEqualTo("Ortiz");
    assertThat(only("‘That is rubbish,’ the minister hit back.").cue().get().text())
        .isEqualTo("hit back");
    Quotation reported = only("The union fired back that the offer was an insult.");
    assertThat(reported.type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(reported.content().text()).isEqualTo("the offer was an insult");
    // without "back", the verbs report nothing
    assertThat(extract("Police fired at the car. The striker shot wide.")).isEmpty();
  }

  @Test
  void reactedIntroducesAQuotationBesideIt() {
    List<Quotation> qs = extract("The coach was asked about the referee. “Is he serious?” "
        + "reacted Lina Berg.");
    // what the coach was asked is a report of its own, with no speaker
    assertThat(qs).extracting(x -> x.cue().get().text()).containsExactly("was asked", "reacted");
    Quotation q = qs.get(1);
    assertThat(q.speakerName()).isEqualTo("Lina Berg");
    assertThat(extract("Markets reacted calmly to the news.")).isEmpty();
  }

  @Test
  void aSentenceThatPointsBackAtAQuotationNamesItsAuthor() {
    List<Quotation> qs = extract("Coach Jane Doe was upbeat. “We will win,” she said.\n\n"
        + "“We are not afraid of anyone.” That was the message from striker Ana Silva on Sunday."
        + "\n\n“We will get through it.” That’s the view of the union.");
    assertThat(qs).extracting(Quotation::speakerName)
        .containsExactly("Jane Doe", "Ana Silva", "the union");
    // without a noun for words it points at something else
    assertThat(extract("Coach Jane Doe was upbeat. “We will win,” she said.\n\n“Now rest.” "
        + "That was the end of a season of Ana Silva.").get(1).speakerName())
        .isEqualTo("Jane Doe");
  }

  @Test
  void aPluralSubjectMayEndInAPhraseWithAtOrFrom() {
    Quotation q = only("Economists at the central bank warn the recovery will stall.");
    assertThat(q.content().text()).isEqualTo("the recovery will stall");
    assertThat(q.speakerName()).isEqualTo("Economists at the central bank");
    assertThat(only("Officials from the health ministry say the clinics will reopen.")
        .content().text()).isEqualTo("the clinics will reopen");
    // a capitalised word there continues a name, and is no verb
    assertThat(only("Editors at the Daily Post say the paper will close.").cue().get().text())
        .isEqualTo("say");
  }

  @Test
  void claimTakesAnInfinitiveAndNoteAQuestionClause() {
    Quotation claimed = only("Several residents claim to have seen the lorry before the crash.");
    assertThat(claimed.content().text()).isEqualTo("to have seen the lorry before the crash");
    assertThat(claimed.cue().get().text()).isEqualTo("claim");
    Quotation noted = only("The coach noted how tired his players looked after the trip.");
    assertThat(noted.content().text()).isEqualTo("how tired his players looked after the trip");
  }

  @Test
  void accusedTakesObjectsJoinedByAndBeforeOf() {
    Quotation q = only("The mayor accused the utility and its regulator of ignoring the flood risk.");
    assertThat(q.content().text())
        .isEqualTo("the utility and its regulator of ignoring the flood risk");
    assertThat(q.speakerName()).isEqualTo("the mayor");
    assertThat(only("The two rivals accused each other of lying about the budget.").content()
        .text()).isEqualTo("each other of lying about the budget");
  }

  @Test
  void aHeadlineLabelNamingOnePersonNeedsNoKnownVerb() {
    String body = "\n\nThe senator Maria Okafor spoke to farmers in Leeds on Monday.";
    Quotation q = extract("Okafor: Time for a Rethink on Rural Buses" + body).get(0);
    assertThat(q.content().text()).isEqualTo("Time for a Rethink on Rural Buses");
    assertThat(q.speakerName()).isEqualTo("Maria Okafor");
    assertThat(extract("Maria Okafor: I’d Back a New Deal for Farmers" + body).get(0).content()
        .text()).isEqualTo("I’d Back a New Deal for Farmers");
    // a question, or two people, are no statement of one speaker
    assertThat(extract("Okafor: Time for a Rethink on Buses?" + body)).hasSize(0);
    assertThat(extract("Okafor and Lee: A Tale of Two Senators" + body)).hasSize(0);
  }

  @Test
  void aRelativeClauseWithoutCommasStaysInsideTheSubject() {
    Quotation past = only("Nurses who were on the ward that night said the alarm never sounded.");
    assertThat(past.speakerName()).isEqualTo("Nurses");
    assertThat(past.content().text()).isEqualTo("the alarm never sounded");
    Quotation present = only("Farmers who have sold land to the council say the price was low.");
    assertThat(present.speakerName()).isEqualTo("Farmers");
    assertThat(present.content().text()).isEqualTo("the price was low");
    assertThat(only("Teachers whose pay was cut say the schools are failing.").speakerName())
        .isEqualTo("Teachers");
  }

  @Test
  void warningsAndRemindersTakeAnInfinitive() {
    Quotation passive = only("Commuters were warned to allow an extra hour for the journey.");
    assertThat(passive.content().text()).isEqualTo("to allow an extra hour for the journey");
    assertThat(passive.addressee().get().text()).isEqualTo("Commuters");
    assertThat(only("Tenants were reminded to switch off the heaters.").content().text())
        .isEqualTo("to switch off the heaters");
    Quotation active = only("The council cautioned parents to keep children off the ice.");
    assertThat(active.speakerName()).isEqualTo("the council");
    assertThat(active.content().text()).isEqualTo("parents to keep children off the ice");
  }
}
