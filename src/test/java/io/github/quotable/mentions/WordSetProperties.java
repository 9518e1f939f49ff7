package io.github.quotable.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.text.Tokenizer;
import io.github.quotable.text.Tokens;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link WordSet} answers what a set of the token's strings would. */
class WordSetProperties {
  private static final Tokenizer TOKENIZER = new Tokenizer(Vocabulary.defaults());
  private static final List<String> WORDS = List.of("ik", "kit", "i", "skis", "k", "is");
  private static final WordSet SET = WordSet.of(WORDS.toArray(new String[0]));
  /** Words outside ASCII, which only the lower-cased String can find. */
  private static final List<String> OTHER_WORDS = List.of("k\u00e9", "\u03c3", "ti\u0307");
  private static final WordSet OTHER_SET = WordSet.of(OTHER_WORDS.toArray(new String[0]));

  @Provide
  Arbitrary<String> texts() {
    // the Kelvin sign is "k" in lower case, "İ" two chars
    return Arbitraries.strings().withChars("kKiIsStT \u212A\u0130\u0307\u201D\u00e9\u03a3")
        .ofMaxLength(300);
  }

  @Property
  void agreesWithASetOfStrings(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text);
    for (int i = 0; i < t.size(); i++) {
      assertThat(SET.has(t, i)).as(t.string(i)).isEqualTo(WORDS.contains(t.string(i)));
      assertThat(SET.hasLower(t, i)).as(t.string(i))
          .isEqualTo(WORDS.contains(t.lowerString(i)));
      assertThat(SET.indexOf(t, i)).as(t.string(i)).isEqualTo(WORDS.indexOf(t.string(i)));
      assertThat(OTHER_SET.hasLower(t, i)).as(t.string(i))
          .isEqualTo(OTHER_WORDS.contains(t.lowerString(i)));
    }
  }

  @Example
  void matchesCaseOnlyWhenAskedToLowerIt() {
    Tokens t = TOKENIZER.tokenize("Kit kit KIT \u212Ait skiS");
    assertThat(SET.has(t, 0)).isFalse();
    assertThat(SET.has(t, 1)).isTrue();
    assertThat(SET.hasLower(t, 0)).isTrue();
    assertThat(SET.hasLower(t, 2)).isTrue();
    assertThat(SET.hasLower(t, 3)).isTrue();
    assertThat(SET.hasLower(t, 4)).isTrue();
    assertThat(SET.indexOf(t, 1)).isEqualTo(1);
  }

  @Example
  void lowersToAsciiIsCharactersLowerCaseOverTheBmp() {
    for (int c = 0x80; c <= 0xFFFF; c++) {
      assertThat(WordSet.lowersToAscii((char) c)).as("U+%04X", c)
          .isEqualTo(Character.toLowerCase((char) c) < 0x80);
    }
  }
}
