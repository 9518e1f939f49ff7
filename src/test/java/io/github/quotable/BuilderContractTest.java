package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The builder refuses nonsense at the call that sets it, with a message that says the fix. */
class BuilderContractTest {
  private static final String THOUGHT_AND_SPEECH = "Most dockers believe the delay was"
      + " avoidable.\n\n“We will reopen on Monday,” said Mayor Ines Duarte.";

  @Test
  void nullLexiconNamesTheConstantsToUse() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("Lexicon.CUE_VERBS");
    assertThatThrownBy(() -> QuoteExtractor.builder().replaceEntries(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("Lexicon.CUE_VERBS");
  }

  @Test
  void nullEntriesAndNullEntryAreNamed() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.TITLES,
        (String[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("entries must not be null").hasMessageContaining("TITLES");
    assertThatThrownBy(() -> QuoteExtractor.builder().replaceEntries(Lexicon.TITLES, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("(may be empty)");
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.DEMONYMS, "Iraqi",
        null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lexicon DEMONYMS: an entry is null");
  }

  @Test
  void anEntryIsOneLine() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.TITLES,
        "Chief Whip\nDeputy Whip")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lexicon TITLES").hasMessageContaining("line break")
        .hasMessageContaining("its own entry");
  }

  @Test
  void aRefusedEntryLeavesTheBuilderAsItWas() {
    QuoteExtractor.Builder b = QuoteExtractor.builder();
    assertThatThrownBy(() -> b.addEntries(Lexicon.CUE_VERBS, "bleat SPEECH quote", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(b.build().toString()).doesNotContain("own lexicons");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TITLES             | = Senator        | before '='",
      "TITLES             | Sen. =           | after '='",
      "HONORIFICS         | = FEMALE         | before '='",
      "FIRST_NAMES        | =                | before '='",
      "ROLE_NOUNS         | spokesman /      | plural",
      "WORK_NOUNS         | = MEDIUM         | noun [= MEDIUM]",
      "CUE_VERBS          | bleat SPEECH ,   | at least one frame",
      "ORGANISATION_WORDS | Watch = Monitor  | one entry a line",
  })
  void malformedEntryIsRefusedAtBuildNamingLexiconEntryAndFix(Lexicon lexicon, String entry,
      String fix) {
    QuoteExtractor.Builder b = QuoteExtractor.builder().addEntries(lexicon, entry);
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lexicon " + lexicon).hasMessageContaining("'" + entry + "'")
        .hasMessageContaining(fix);
  }

  /** Odd shapes never crash the build: they are accepted or refused with the lexicon named. */
  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void oddEntriesAreAcceptedOrRefusedByName(Lexicon lexicon) {
    for (String odd : List.of("=", "= X", "x/", "x SPEECH ,")) {
      assertThatCode(() -> {
        try {
          QuoteExtractor.builder().addEntries(lexicon, odd).build();
        } catch (IllegalArgumentException e) {
          assertThat(e).hasMessageContaining("lexicon " + lexicon);
        }
      }).as("%s entry '%s'", lexicon, odd).doesNotThrowAnyException();
    }
  }

  @Test
  void noKindsIsRefusedWithTheKindsToChooseFrom() {
    assertThatThrownBy(() -> QuoteExtractor.builder().kinds(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one of [SPEECH, THOUGHT, EVIDENCE]");
    assertThatThrownBy(() -> QuoteExtractor.builder().kinds(QuoteKind.SPEECH, (QuoteKind) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("QuoteKind.SPEECH");
    assertThatThrownBy(() -> QuoteExtractor.builder().kinds((Set<QuoteKind>) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("kinds must not be null");
  }

  @Test
  void kindsFromACollectionFilterTheResult() {
    QuoteExtractor thoughts = QuoteExtractor.builder().kinds(EnumSet.of(QuoteKind.THOUGHT))
        .build();
    assertThat(thoughts.extract(THOUGHT_AND_SPEECH).quotations()).isNotEmpty()
        .extracting(Quotation::kind).containsOnly(QuoteKind.THOUGHT);
    QuoteExtractor speech = QuoteExtractor.builder().kinds(QuoteKind.SPEECH).build();
    assertThat(speech.extract(THOUGHT_AND_SPEECH).quotations()).isNotEmpty()
        .extracting(Quotation::kind).containsOnly(QuoteKind.SPEECH);
  }

  @Test
  void minConfidenceThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> QuoteExtractor.builder().minConfidence(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was NaN");
  }

  @Test
  void laterBuilderChangesDoNotReachBuiltExtractors() {
    String text = "“Get out,” Ms. Ortega bleated.";
    List<String> verbs = new ArrayList<>(List.of("bleat SPEECH clause,quote"));
    QuoteExtractor.Builder b = QuoteExtractor.builder();
    QuoteExtractor before = b.build();
    QuoteExtractor after = b.addEntries(Lexicon.CUE_VERBS, verbs).build();
    verbs.clear();
    b.replaceEntries(Lexicon.CUE_VERBS, List.of());
    assertThat(before.extract(text).quotations()).allSatisfy(q -> assertThat(q.cue()).isEmpty());
    assertThat(after.extract(text).quotations()).singleElement()
        .satisfies(q -> assertThat(q.cue().get().text()).isEqualTo("bleated"));
  }

  @Test
  void extractorToStringShowsItsSettings() {
    assertThat(QuoteExtractor.builder().build().toString()).isEqualTo(
        "QuoteExtractor[kinds=" + Arrays.toString(QuoteKind.values()) + ", minConfidence=0.0]");
    assertThat(QuoteExtractor.builder().kinds(QuoteKind.SPEECH).minConfidence(0.5)
        .replaceEntries(Lexicon.TITLES, List.of("Mayor")).build().toString())
        .isEqualTo("QuoteExtractor[kinds=[SPEECH], minConfidence=0.5, own lexicons=[TITLES]]");
  }
}
