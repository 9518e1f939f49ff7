package io.github.quotable.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokenizer;
import io.github.quotable.text.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Keyword#in} finds a keyword wherever {@link Keyword#at} would. */
class KeywordProperties {
  private static final Tokenizer TOKENIZER = new Tokenizer(Vocabulary.defaults());

  @Provide
  Arbitrary<String> texts() {
    // the keywords' letters, in both cases and as look-alikes ("ı" is "I" in upper case)
    return Arbitraries.strings().withChars("iItTsSaAnNbByYpPuU: \u0131\u0130\u017F")
        .ofMaxLength(200);
  }

  @Property
  void agreesWithTokensIs(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text);
    int mask = Keyword.in(t, new Sentence(0, 0, t.size(), 0));
    for (Keyword k : Keyword.values()) {
      boolean anywhere = false;
      for (int i = 0; i < t.size(); i++) {
        anywhere |= k.at(t, i);
      }
      assertThat((mask & 1 << k.ordinal()) != 0).as(k + " in " + text).isEqualTo(anywhere);
    }
  }

  @Example
  void findsKeywordsInAnyCase() {
    Tokens t = TOKENIZER.tokenize("According to him, it was PUT off: in effect.");
    int mask = Keyword.in(t, new Sentence(0, 0, t.size(), 0));
    assertThat(mask & 1 << Keyword.ACCORDING.ordinal()).isNotZero();
    assertThat(mask & 1 << Keyword.PUT.ordinal()).isNotZero();
    assertThat(mask & 1 << Keyword.COLON.ordinal()).isNotZero();
    assertThat(mask & 1 << Keyword.ASKED.ordinal()).isZero();
  }

  @Example
  void findsClassesOfWords() {
    Tokens t = TOKENIZER.tokenize("Her claim that the poll was wrong.");
    int mask = Keyword.in(t, new Sentence(0, 0, t.size(), 0));
    assertThat(mask & 1 << Keyword.CUE_NOUN.ordinal()).isNotZero();
    assertThat(mask & 1 << Keyword.WORK.ordinal()).isNotZero();
    assertThat(mask & 1 << Keyword.CUE_ADJECTIVE.ordinal()).isZero();
  }
}
