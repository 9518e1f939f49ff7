package io.github.quotable;

import static io.github.quotable.QuoteType.DIRECT;
import static io.github.quotable.QuoteType.INDIRECT;
import static io.github.quotable.QuoteType.MIXED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The constructions other quotation extractors test (CoreNLP's quote annotator and attribution
 * sieves, textacy's direct quotations, the Gender Gap Tracker, Citron, quootstrap), on
 * passages written for these tests: each quotation's type, content, speaker and cue.
 */
class OtherSuitesTest {
  /** Every quotation of the text as (type, content, speaker name, cue), in order. */
  private static void reads(String text, Tuple... expected) {
    assertThat(Extracted.quotations(text)).extracting(Quotation::type, q -> q.content().text(), Quotation::speakerName,
        q -> q.cue().map(Span::text).orElse("")).containsExactly(expected);
  }

  private static Tuple q(QuoteType type, String content, String speaker, String cue) {
    return tuple(type, content, speaker, cue);
  }

  @Test
  void aQuotationSplitByItsTagIsTwoWithOneSpeaker() {
    reads("Engineer Priya Nand inspected the site on Monday. “The bridge is safe,” she said, "
            + "“but the road is not.”",
        q(DIRECT, "The bridge is safe,", "Priya Nand", "said"),
        q(DIRECT, "but the road is not.", "Priya Nand", "said"));
    reads("\"We will appeal,\" said Tom Becker, \"and we expect to win.\"",
        q(DIRECT, "We will appeal,", "Tom Becker", "said"),
        q(DIRECT, "and we expect to win.", "Tom Becker", "said"));
    reads("“The economy,” Ms. Chen argued, “is stronger than the headlines suggest.”",
        q(DIRECT, "The economy,", "Chen", "argued"),
        q(DIRECT, "is stronger than the headlines suggest.", "Chen", "argued"));
  }

  @Test
  void theTagInTheMiddleOfALongQuotation() {
    reads("“We have spent three years and a great deal of money on this,” Paul Arden said, "
            + "“and I do not regret a penny of it, because the town needed it.”",
        q(DIRECT, "We have spent three years and a great deal of money on this,", "Paul Arden",
            "said"),
        q(DIRECT, "and I do not regret a penny of it, because the town needed it.",
            "Paul Arden", "said"));
  }

  @Test
  void aSpeakerAfterTheCueByInversion() {
    reads("\"Nobody expected the river to rise so fast,\" said Mayor Lena Ortiz.",
        q(DIRECT, "Nobody expected the river to rise so fast,", "Lena Ortiz", "said"));
    reads("\"The figures are sobering,\" said the finance minister.",
        q(DIRECT, "The figures are sobering,", "the finance minister", "said"));
    reads("“The sea wall will not survive another winter,” said Dr. Helen Marsh, director of "
            + "the Centre for Coastal Studies at Dunmore University.",
        q(DIRECT, "The sea wall will not survive another winter,", "Helen Marsh", "said"));
    reads("“This bill is a disgrace,” said Tom Reyes, who chairs the budget committee.",
        q(DIRECT, "This bill is a disgrace,", "Tom Reyes", "said"));
  }

  @Test
  void aQuotationIntroducedByAColon() {
    reads("Harriet Cole said: \"The museum will reopen in May.\"",
        q(DIRECT, "The museum will reopen in May.", "Harriet Cole", "said"));
    reads("Mr Dunmore said: 'There is no money left in the budget.'",
        q(DIRECT, "There is no money left in the budget.", "Dunmore", "said"));
    reads("In a tweet, Ms Ahmed wrote: \"Proud of our volunteers today.\"",
        q(DIRECT, "Proud of our volunteers today.", "Ahmed", "wrote"));
  }

  @Test
  void aColonEndingItsParagraphIntroducesTheNext() {
    reads("Police Chief Ray Moss said:\n\n\"We are looking for two men in a grey van.\"",
        q(DIRECT, "We are looking for two men in a grey van.", "Ray Moss", "said"));
  }

  @Test
  void aCommaBeforeTheQuotation() {
    reads("Hale said, \"We need more time to count the ballots.\"",
        q(DIRECT, "We need more time to count the ballots.", "Hale", "said"));
  }

  @Test
  void aQuotationAfterTheSentenceThatNamesItsSpeaker() {
    reads("Ray Moss spoke at a news conference. \"We had no choice. The money was gone.\"",
        q(DIRECT, "We had no choice. The money was gone.", "Ray Moss", ""));
  }

  @Test
  void aQuotationOverParagraphsThatOpenWithoutClosing() {
    reads("“The first thing we did was count the boats,” said harbourmaster Ivo Petrak. "
            + "“Half of them had gone.\n\n“By the morning the rest had sunk.”",
        q(DIRECT, "The first thing we did was count the boats,", "Ivo Petrak", "said"),
        q(DIRECT, "Half of them had gone.", "Ivo Petrak", "said"),
        q(DIRECT, "By the morning the rest had sunk.", "Ivo Petrak", ""));
    reads("‘The ward was full by midnight,’ said Sister Ann Kerr.\n\n‘We had patients in the "
            + "corridors.\n\n‘Nobody should have to work like that.’",
        q(DIRECT, "The ward was full by midnight,", "Ann Kerr", "said"),
        q(DIRECT, "We had patients in the corridors.", "Ann Kerr", ""),
        q(DIRECT, "Nobody should have to work like that.", "Ann Kerr", ""));
  }

  @Test
  void aTagInTheMiddleParagraphOfALongQuotation() {
    reads("“We opened the doors at six.\n\n“By noon there was nothing left on the shelves,” "
            + "said the shop's owner, Kemal Arslan. “Nothing at all.",
        q(DIRECT, "We opened the doors at six.", "Kemal Arslan", ""),
        q(DIRECT, "By noon there was nothing left on the shelves,", "Kemal Arslan", "said"),
        q(DIRECT, "Nothing at all.", "Kemal Arslan", "said"));
  }

  @Test
  void nestedQuotationsStayInsideTheOuterOne() {
    reads("“When the chief told us ‘stay put,’ we stayed,” said Aaron Webb, a firefighter.",
        q(DIRECT, "When the chief told us ‘stay put,’ we stayed,", "Aaron Webb", "said"));
    reads("'He kept shouting \"get out\", and we did,' said Joan Platt.",
        q(DIRECT, "He kept shouting \"get out\", and we did,", "Joan Platt", "said"));
    reads("“He looked at me and said, ‘I’m done,’ and walked out,” said Laila Haddad.",
        q(DIRECT, "He looked at me and said, ‘I’m done,’ and walked out,", "Laila Haddad",
            "said"));
  }

  @Test
  void backquoteMarksAndNestedBackquotes() {
    reads("``We are not going anywhere,'' Senator Mark Hale said.",
        q(DIRECT, "We are not going anywhere,", "Mark Hale", "said"));
    reads("``He told me `run,' so I ran,'' said Kim Ode.",
        q(DIRECT, "He told me `run,' so I ran,", "Kim Ode", "said"));
  }

  @Test
  void apostrophesInsideSingleMarks() {
    reads("'It's not the players' fault,' the manager said.",
        q(DIRECT, "It's not the players' fault,", "the manager", "said"));
    reads("'We've waited years for this,' said Mrs Dale.",
        q(DIRECT, "We've waited years for this,", "Dale", "said"));
  }

  @Test
  void aQuotationWithNoSpeaker() {
    reads("The crowd fell silent after the result was read out.\n\n\"This is the end of an "
        + "era.\"", q(DIRECT, "This is the end of an era.", "", ""));
  }

  @Test
  void aPronounIsTheNamedPersonBeforeIt() {
    reads("Judge Amelia Ross adjourned the hearing. She said the evidence was incomplete.",
        q(INDIRECT, "the evidence was incomplete", "Amelia Ross", "said"));
    reads("Anna Weiss met John Bell on Monday. She said the talks had gone well.",
        q(INDIRECT, "the talks had gone well", "Anna Weiss", "said"));
    reads("Victor Lund, the club's chairman, was furious. “It's a joke,” he said.",
        q(DIRECT, "It's a joke,", "Victor Lund", "said"));
  }

  @Test
  void accordingToBeforeAndAfterTheContent() {
    reads("According to Dr Samir Haddad, the virus spreads through contaminated water.",
        q(INDIRECT, "the virus spreads through contaminated water", "Samir Haddad",
            "According to"));
    reads("The plant will close next year, according to a company spokesman.",
        q(INDIRECT, "The plant will close next year", "a company spokesman", "according to"));
    reads("According to the report, \"the system failed at every level.\"",
        q(DIRECT, "the system failed at every level.", "the report", "According to"));
  }

  @Test
  void dashesInsideTheQuotationAndAroundTheSpeaker() {
    reads("“The plan — and I want to be clear about this — is dead,” said Ella Voss.",
        q(DIRECT, "The plan — and I want to be clear about this — is dead,", "Ella Voss",
            "said"));
    reads("Eli Stone — who has run the shelter for a decade — said the money would not last.",
        q(INDIRECT, "the money would not last", "Eli Stone", "said"));
  }

  @Test
  void quotationsEndingInAQuestionOrExclamationMark() {
    reads("“Why would anyone vote for this?” asked councillor Ben Ames.",
        q(DIRECT, "Why would anyone vote for this?", "Ben Ames", "asked"));
    reads("“We won!” shouted Nora Quill as the results came in.",
        q(DIRECT, "We won!", "Nora Quill", "shouted"));
    reads("“Who pays for it?” asked Sen. Ruth Kline, R-Idaho.",
        q(DIRECT, "Who pays for it?", "Ruth Kline", "asked"));
  }

  @Test
  void anOrganisationSpeaks() {
    reads("“The product is safe when used as directed,” Halvern Pharmaceuticals said in a "
            + "statement.",
        q(DIRECT, "The product is safe when used as directed,", "Halvern Pharmaceuticals",
            "said"));
    reads("“No decision has been taken,” said the Ministry of Defence.",
        q(DIRECT, "No decision has been taken,", "Ministry of Defence", "said"));
    reads("“The talks are over,” the union said. “Our members will strike on Monday.”",
        q(DIRECT, "The talks are over,", "the union", "said"),
        q(DIRECT, "Our members will strike on Monday.", "the union", "said"));
  }

  @Test
  void titlesOfWorksAreNoQuotations() {
    reads("The band closed the show with \"Lantern Song,\" a ballad from their first album.");
    reads("Ms Varga starred in \"The Quiet Harbour\" in 2009 and later moved to television.");
    reads("Her song “Blue Morning” topped the charts for six weeks.");
    reads("Her film 'Night Train' won the top prize at the festival.");
  }

  @Test
  void scareQuotesAreNoQuotations() {
    reads("The so-called \"reform\" has cost the town millions.");
    reads("The \"temporary\" camp has now stood for eleven years.");
    reads("The ‘rescue plan’ was announced by the council on Friday.");
  }

  @Test
  void aQuotedFragmentInAReportMakesItMixed() {
    reads("Councillor Anil Patel said the decision was \"deeply disappointing\" and would be "
            + "challenged.",
        q(MIXED, "the decision was \"deeply disappointing\" and would be challenged",
            "Anil Patel", "said"));
  }

  @Test
  void presentTenseTagsAndWriters() {
    reads("“It's a disaster for the region,” says Victor Hugh, an economist at Bellmont "
            + "University.",
        q(DIRECT, "It's a disaster for the region,", "Victor Hugh", "says"));
    reads("“The future of this town depends on the factory,” writes Owen Marsh in his new book.",
        q(DIRECT, "The future of this town depends on the factory,", "Owen Marsh", "writes"));
  }

  @Test
  void aSecondSentenceOfTheSpeakerAfterTheTag() {
    reads("“I was terrified,” Lucy Harmon, 34, told the BBC. “I thought the roof was going to "
            + "come down on us.”",
        q(DIRECT, "I was terrified,", "Lucy Harmon", "told"),
        q(DIRECT, "I thought the roof was going to come down on us.", "Lucy Harmon", "told"));
  }

  @Test
  void aHeIsNeverTheIOfTheQuestionBeforeIt() {
    reads("“Was it worth it?” I asked him. “Every minute,” he said.",
        q(DIRECT, "Was it worth it?", "I", "asked"),
        q(DIRECT, "Every minute,", "he", "said"));
    reads("“We will stay,” we told them. “Then you will lose,” they said.",
        q(DIRECT, "We will stay,", "we", "told"),
        q(DIRECT, "Then you will lose,", "they", "said"));
  }

  @Test
  void anElisionInsideSingleMarksDoesNotCloseOrOpenAQuotation() {
    reads("'We're goin' nowhere,' said Pat Doyle.",
        q(DIRECT, "We're goin' nowhere,", "Pat Doyle", "said"));
    reads("‘Nothin’ changes here,’ said Pat Doyle.",
        q(DIRECT, "Nothin’ changes here,", "Pat Doyle", "said"));
    reads("'We left 'cause it rained,' said Pat Doyle.",
        q(DIRECT, "We left 'cause it rained,", "Pat Doyle", "said"));
    reads("'We told 'em to leave,' said Pat Doyle.",
        q(DIRECT, "We told 'em to leave,", "Pat Doyle", "said"));
  }

  @Test
  void aCompanyNamedByItsTradeIsWhatALaterItMeans() {
    reads("Carrow Foods was founded in 1950. It said in an email that the recall was a "
        + "precaution.", q(INDIRECT, "the recall was a precaution", "Carrow Foods", "said"));
    reads("Greenway Energy Ltd halted sales. It said the heaters were safe.",
        q(INDIRECT, "the heaters were safe", "Greenway Energy Ltd", "said"));
  }

  @Test
  void aTitleBeforeAVerbOfContinuingIsNoQuotation() {
    reads("“The Crown” continued its run in November.");
    reads("“We are done —” Ida Moss continued.", q(DIRECT, "We are done —", "Ida Moss",
        "continued"));
  }

  @Test
  void speechCutOffByADashIsItsTagsSubjects() {
    reads("“We can win this —” Maya Strand began, before the microphone cut out.",
        q(DIRECT, "We can win this —", "Maya Strand", ""));
    reads("“We can win this,” Maya Strand began.",
        q(DIRECT, "We can win this,", "Maya Strand", ""));
  }

  @Test
  void aFewWordsBrokenOffAreSpeechNotATitle() {
    reads("“Well —” Ivo Kral began.", q(DIRECT, "Well —", "Ivo Kral", ""));
    reads("“We can —” Leo Grant broke off.", q(DIRECT, "We can —", "Leo Grant", ""));
    reads("“I just thought …” Ann Lee trailed off.",
        q(DIRECT, "I just thought …", "Ann Lee", ""));
    reads("“Star Wars …” is showing again.");
  }

  @Test
  void aColonIntroducesAQuotationRunningOverParagraphs() {
    reads("Nasser Omari, the team's captain, said:\n\n“We let our fans down. We have to be "
            + "better.\n\n“Next week we will be.”",
        q(DIRECT, "We let our fans down. We have to be better.", "Nasser Omari", "said"),
        q(DIRECT, "Next week we will be.", "Nasser Omari", ""));
  }

  @Test
  void curlyApostrophesInTheQuotationAndTheName() {
    reads("“I’m not going to resign,” Mr. O’Neill said. “I’ve done nothing wrong.”",
        q(DIRECT, "I’m not going to resign,", "O’Neill", "said"),
        q(DIRECT, "I’ve done nothing wrong.", "O’Neill", "said"));
  }

  @Test
  void describedAndAnonymousSpeakers() {
    reads("A spokeswoman for the airline said: “Safety is our first priority.”",
        q(DIRECT, "Safety is our first priority.", "a spokeswoman for the airline", "said"));
    reads("“We were told the water was safe,” said one resident, who asked not to be named.",
        q(DIRECT, "We were told the water was safe,", "one resident", "said"));
    reads("Sources close to the minister said she would resign on Friday.",
        q(INDIRECT, "she would resign on Friday", "Sources close to the minister", "said"));
  }
}
