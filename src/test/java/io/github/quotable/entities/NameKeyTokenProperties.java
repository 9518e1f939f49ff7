package io.github.quotable.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.text.Tokenizer;
import io.github.quotable.text.Tokens;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A name token's key word, read a char at a time, is the token without periods and apostrophes
 * in lower case as the String methods make it; a document's {@link KeyWords} give the same.
 */
class NameKeyTokenProperties {
  private static final Tokenizer TOKENIZER = new Tokenizer(Vocabulary.defaults());

  @Provide
  Arbitrary<String> texts() {
    // chars String.toLowerCase treats otherwise: "İ", a capital sigma, a surrogate pair
    return Arbitraries.strings()
        .withChars("aAkK .’'é\u212A\u0130\u03A3\u03C3\u03C2\uD801\uDC00")
        .ofMaxLength(200);
  }

  @Property
  void isTheTokenWithoutPunctuationInLowerCase(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text);
    char[] scratch = new char[text.length()]; // one for all the tokens, as KeyWords does
    for (int i = 0; i < t.size(); i++) {
      String expected = t.string(i).replace(".", "").replace("’", "").replace("'", "")
          .toLowerCase(Locale.ROOT);
      assertThat(NameKey.lowerWithoutPunctuation(t, i, scratch)).as(t.string(i)).isEqualTo(expected);
    }
  }

  @Property
  void aDocumentsKeyWordsAreTheSameWordsMadeOnce(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text + " " + text.toUpperCase(Locale.ROOT));
    KeyWords words = new KeyWords(t);
    char[] scratch = new char[t.text().length()];
    for (int i = 0; i < t.size(); i++) {
      assertThat(words.of(i)).as(t.string(i)).isEqualTo(NameKey.lowerWithoutPunctuation(t, i, scratch));
    }
  }
}
