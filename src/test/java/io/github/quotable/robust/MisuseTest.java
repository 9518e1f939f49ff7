package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotable.Lexicon;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Misuse of the API fails at once, with a message that says what to write instead. */
class MisuseTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  @Test
  void nullTextSaysToPassAnEmptyString() {
    assertThatThrownBy(() -> EXTRACTOR.extract(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null; pass \"\" for an empty article");
  }

  @Test
  void nullLexiconNamesTheLexicons() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("use a constant of Lexicon");
    assertThatThrownBy(() -> QuoteExtractor.builder().replaceEntries(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("use a constant of Lexicon");
  }

  @Test
  void nullEntryArraySaysToPassNone() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.TITLES,
        (String[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("entries must not be null");
  }

  @Test
  void nullEntryCollectionSaysToPassAnEmptyList() {
    assertThatThrownBy(() -> QuoteExtractor.builder().replaceEntries(Lexicon.TITLES,
        (Collection<String>) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("(may be empty)");
  }

  @Test
  void nullEntryNamesItsLexicon() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.DEMONYMS,
        Arrays.asList("Iraqi", null))).isInstanceOf(NullPointerException.class)
        .hasMessage("lexicon DEMONYMS: an entry is null; give each entry as a line of text");
  }

  @Test
  void blankEntryNamesItsLexicon() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.PRONOUNS, "\t "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lexicon PRONOUNS: an entry is blank; leave it out");
  }

  @Test
  void rejectedEntriesLeaveTheBuilderAsItWas() {
    QuoteExtractor.Builder b = QuoteExtractor.builder();
    assertThatThrownBy(() -> b.addEntries(Lexicon.CUE_VERBS, "bleat SPEECH quote", " "))
        .isInstanceOf(IllegalArgumentException.class);
    String text = "“Out,” Ms. Ortega bleated.";
    assertThat(b.build().extract(text)).isEqualTo(EXTRACTOR.extract(text));
  }

  @Test
  void confidenceOutsideZeroToOneIsRejected() {
    for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> QuoteExtractor.builder().minConfidence(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("minConfidence must be between 0 and 1, was " + bad);
    }
  }

  @Test
  void confidenceBoundsAreAccepted() {
    assertThat(QuoteExtractor.builder().minConfidence(0).minConfidence(1).build()
        .extract("“Yes,” said Ann Lee.").quotations()).isEmpty();
  }

  @Test
  void nullKindsAreRejected() {
    assertThatThrownBy(() -> QuoteExtractor.builder().kinds(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("use QuoteKind.SPEECH, THOUGHT or EVIDENCE");
    assertThatThrownBy(() -> QuoteExtractor.builder().kinds(QuoteKind.SPEECH, (QuoteKind) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("use QuoteKind.SPEECH, THOUGHT or EVIDENCE");
    assertThatThrownBy(() -> QuoteExtractor.builder().kinds(QuoteKind.SPEECH,
        (QuoteKind[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("use QuoteKind.SPEECH, THOUGHT or EVIDENCE");
  }

  @Test
  void cueVerbWithoutFramesSaysToNameOne() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.CUE_VERBS,
        "bleat SPEECH ,").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CUE_VERBS").hasMessageContaining("at least one frame");
  }

  @Test
  void entryWithNothingBeforeItsEqualsSignSaysWhatToWrite() {
    for (Lexicon l : List.of(Lexicon.TITLES, Lexicon.HONORIFICS, Lexicon.WORK_NOUNS,
        Lexicon.FIRST_NAMES, Lexicon.ABBREVIATIONS)) {
      assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(l, "= MALE").build())
          .as(l.name()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(l.name()).hasMessageContaining("'= MALE'")
          .hasMessageContaining("before '='");
    }
  }

  @Test
  void roleNounWithAnEmptyPluralSaysWhatToWrite() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.ROLE_NOUNS,
        "spokesman /").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ROLE_NOUNS").hasMessageContaining("write the plural after '/'");
  }

  @Test
  void unknownGenderListsTheGenders() {
    assertThatThrownBy(() -> QuoteExtractor.builder().addEntries(Lexicon.HONORIFICS,
        "Mx. = OTHER").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HONORIFICS").hasMessageContaining("[MALE, FEMALE, NEUTER");
  }

  @Test
  void changingTheBuilderAfterBuildLeavesTheExtractorAlone() {
    QuoteExtractor.Builder b = QuoteExtractor.builder();
    QuoteExtractor before = b.build();
    b.addEntries(Lexicon.CUE_VERBS, "bleat SPEECH clause,quote").kinds(QuoteKind.THOUGHT);
    String text = "“Out,” Ms. Ortega bleated. “No,” she said.";
    assertThat(before.extract(text)).isEqualTo(EXTRACTOR.extract(text));
  }
}
