package io.github.quotable.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.document.Document;
import io.github.quotable.document.DocumentReader;
import io.github.quotable.lexicon.Vocabulary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing is lost: every character that is not whitespace lies in exactly one token, tokens
 * are in order inside the text and never split a surrogate pair; sentences cover the tokens
 * in order, none longer than {@link SentenceSplitter#MAX_TOKENS}.
 */
class TokenizerProperties {
  private static final Tokenizer TOKENIZER = new Tokenizer(Vocabulary.defaults());
  private static final DocumentReader READER = new DocumentReader(Vocabulary.defaults());

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(2000);
    Arbitrary<String> marksAndWords = Arbitraries.strings()
        .withChars("\"“”‘’'«»„`.,;:!?-—…() \n\u00A0\uD83D\uDE00\uD800\uDC00aZ9")
        .ofMaxLength(2000);
    return Arbitraries.oneOf(any, marksAndWords);
  }

  @Property(tries = 300)
  void everyNonSpaceCharacterIsInExactlyOneToken(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text);
    int covered = 0;
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.start(i)).as("token %s starts after the previous one ends", i)
          .isGreaterThanOrEqualTo(covered);
      assertThat(t.end(i)).as("token %s is not empty and inside the text", i)
          .isGreaterThan(t.start(i)).isLessThanOrEqualTo(text.length());
      assertGap(text, covered, t.start(i));
      assertThat(splitsPair(text, t.start(i)) || splitsPair(text, t.end(i)))
          .as("token %s splits a surrogate pair", i).isFalse();
      covered = t.end(i);
    }
    assertGap(text, covered, text.length());
  }

  @Property(tries = 300)
  void sentencesCoverTheTokensInOrderAndStayShort(@ForAll("texts") String text) {
    Document doc = READER.read(text);
    int next = 0;
    for (Sentence s : doc.sentences()) {
      assertThat(s.first()).isEqualTo(next);
      assertThat(s.size()).isBetween(1, SentenceSplitter.MAX_TOKENS);
      next = s.end();
    }
    assertThat(next).isEqualTo(doc.tokens().size());
  }

  @Property(tries = 50)
  void aLineOfManyTokensIsCutIntoSentencesOfAtMostTheMaximum(
      @ForAll("texts") String text) {
    String line = ("word " + text.replace('.', ',') + " ").repeat(3) + "x ".repeat(1500);
    Document doc = READER.read(line);
    assertThat(doc.sentences()).allSatisfy(
        s -> assertThat(s.size()).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS));
    assertThat(doc.sentences().size()).isGreaterThan(1);
  }

  private static void assertGap(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      assertThat(Chars.space(text.charAt(k)))
          .as("U+%04X at %s lies in no token", (int) text.charAt(k), k).isTrue();
    }
  }

  private static boolean splitsPair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }
}
