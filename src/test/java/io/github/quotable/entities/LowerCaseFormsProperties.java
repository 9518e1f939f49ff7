package io.github.quotable.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.text.Tokenizer;
import io.github.quotable.text.Tokens;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link LowerCaseForms} holds what a set of {@link Tokens#lowerString} strings would. */
class LowerCaseFormsProperties {
  private static final Tokenizer TOKENIZER = new Tokenizer(Vocabulary.defaults());

  @Provide
  Arbitrary<String> texts() {
    // ASCII and non-ASCII letters whose lower-case forms meet: the Kelvin sign is "k", "İ" is
    // two chars in lower case, a capital sigma is final or not by its neighbours, a Deseret
    // capital is a surrogate pair
    return Arbitraries.strings()
        .withChars("kKaAzZ \u212A\u0130i\u0307éÉß\u03A3\u03C3\u03C2\uD801\uDC00")
        .ofMaxLength(400);
  }

  @Property
  void agreesWithASetOfLowerCaseStrings(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text);
    LowerCaseForms forms = new LowerCaseForms(t);
    Set<String> strings = new HashSet<>();
    for (int i = 0; i < t.size(); i += 2) {
      forms.add(i);
      strings.add(t.lowerString(i));
    }
    for (int i = 0; i < t.size(); i++) {
      assertThat(forms.contains(i)).as(t.string(i)).isEqualTo(strings.contains(t.lowerString(i)));
    }
  }

  @Example
  void anAsciiWordFindsItsFormWrittenOtherwise() {
    Tokens t = TOKENIZER.tokenize("Kim \u212Aim KIM Kimberly");
    LowerCaseForms forms = new LowerCaseForms(t);
    forms.add(1);
    assertThat(forms.contains(0)).isTrue();
    assertThat(forms.contains(2)).isTrue();
    assertThat(forms.contains(3)).isFalse();
  }

  @Example
  void holdsManyForms() {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 500; k++) {
      text.append("Word").append(k).append(' ');
    }
    Tokens t = TOKENIZER.tokenize(text + text.toString().toUpperCase(java.util.Locale.ROOT));
    LowerCaseForms forms = new LowerCaseForms(t);
    for (int i = 0; i < 500; i += 2) {
      forms.add(i);
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(forms.contains(i)).isEqualTo(i % 2 == 0);
    }
  }
}
