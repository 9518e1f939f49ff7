package io.github.quotable.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.Lexicon;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultsReaderTest {

  @Test
  void readsEachLexiconItWasStartedForAsTheResourceReads() {
    Lexicon[] all = Lexicon.values();
    DefaultsReader reader = DefaultsReader.start(EnumSet.of(all[0], all[all.length - 1]));
    // asked for in the other order: the last waits for the first to be read
    assertThat(reader.entries(all[all.length - 1]))
        .isEqualTo(LexiconSource.defaults(all[all.length - 1]));
    assertThat(reader.entries(all[0])).isEqualTo(LexiconSource.defaults(all[0])).isNotEmpty();
  }

  @Test
  void aLexiconGivenByTheCallerIsTakenAsGivenAndTheOthersAreDefaults() {
    Vocabulary own = Vocabulary.of(Map.of(Lexicon.FIRST_NAMES, List.of("Zebedee = MALE")));
    assertThat(own.lookup("Zebedee", 0, 7).is(WordClass.FIRST_NAME)).isTrue();
    assertThat(own.lookup("Mary", 0, 4)).isNull(); // a default first name, replaced
    assertThat(own.lookup("said", 0, 4).is(WordClass.CUE)).isTrue(); // a default cue verb
  }
}
