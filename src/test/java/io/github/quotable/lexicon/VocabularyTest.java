package io.github.quotable.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary v = Vocabulary.defaults();

  private int second(String text, int start, int end) {
    return v.phrasalSecond(text.toCharArray(), start, end);
  }

  @Test
  void everyFirstFixedWordOfAPhrasalCueFindsItsOwnGroupInAnyCase() {
    List<String> words = v.phrasalSecondWords();
    assertThat(words).contains("it", "the", "issue");
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      String text = "made " + w.toUpperCase(Locale.ROOT) + " clear";
      assertThat(second(text, 5, 5 + w.length())).as(w).isEqualTo(k);
      assertThat(v.phrasalCuesBefore(k)).as(w)
          .allSatisfy(p -> assertThat(p.tail().get(0)).isEqualTo(w));
    }
  }

  @Test
  void otherWordsAndLongerOrShorterRegionsAreNone() {
    assertThat(second("made them clear", 5, 9)).isEqualTo(-1);
    assertThat(second("took issues with", 5, 11)).isEqualTo(-1);
    assertThat(second("took issue with", 5, 9)).isEqualTo(-1); // "issu"
    assertThat(second("thermometers", 0, 12)).isEqualTo(-1);
  }
}
