package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.Lexicon;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.ResultInvariants;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any entry added to any lexicon either builds an extractor that works on any text, or is
 * rejected with an IllegalArgumentException naming the lexicon; nothing else escapes.
 */
class LexiconEntryProperties {
  private static final String TEXT = FuzzInputs.sampleArticle()
      + "\n“Hi,” said Sen. Ann Lee (R-Utah), a spokesman. U.S. Dr. \uD800 \uD83D\uDE00 “x”";

  @Provide
  Arbitrary<String> entries() {
    Arbitrary<String> symbols = Arbitraries.strings()
        .withChars("=/,#. \t-'’“”\"aZé\uD800\uD83D\uDE00").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> words = Arbitraries.of("say", "SPEECH", "THOUGHT", "EVIDENCE", "clause",
        "quote", "that", "to", "object", "tell", "MALE", "FEMALE", "NEUTER", "SINGULAR",
        "PLURAL", "MEDIUM", "END", "=", "/", ",", "Sen.", "spokesman", "he", "", " ")
        .list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(" ", ws));
    return Arbitraries.oneOf(symbols, words, Arbitraries.strings().all().ofMaxLength(20))
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 300)
  void anyEntryBuildsAWorkingExtractorOrIsRejectedByName(@ForAll Lexicon lexicon,
      @ForAll("entries") String entry) {
    QuoteExtractor extractor;
    try {
      extractor = QuoteExtractor.builder().addEntries(lexicon, entry).build();
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining(lexicon.name());
      return;
    }
    ResultInvariants.check(TEXT, extractor.extract(TEXT));
  }
}
