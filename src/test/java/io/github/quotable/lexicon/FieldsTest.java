package io.github.quotable.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import io.github.quotable.text.Blanks;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lexicon entries split and trim exactly as with the Guava splitters the code used before. */
class FieldsTest {
  private static final Splitter SPACES = Splitter.onPattern("\\s+").omitEmptyStrings();
  private static final Splitter COMMAS = Splitter.on(',').trimResults().omitEmptyStrings();

  @Test
  void blanksAreGuavaWhitespace() {
    for (int c = 0; c <= 0xFFFF; c++) {
      assertThat(Blanks.blank((char) c)).as("U+%04X", c)
          .isEqualTo(CharMatcher.whitespace().matches((char) c));
    }
  }

  @Test
  void randomEntriesSplitAsBefore() {
    Random random = new Random(7);
    char[] alphabet = {'a', 'B', ' ', ' ', ',', ',', '\t', '\n', '\r', '\u000B', '\f', '\u00A0',
        '\u2007', '\u3000', '\u0085', '\u001C', '=', '/', 'é', '#'};
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertThat(Fields.onWhitespace().splitToList(s)).as("'%s'", s)
          .isEqualTo(SPACES.splitToList(s));
      assertThat(Fields.onCommas().splitToList(s)).as("'%s'", s)
          .isEqualTo(COMMAS.splitToList(s));
      assertThat(Blanks.trim(s)).as("'%s'", s).isEqualTo(CharMatcher.whitespace().trimFrom(s));
    }
  }
}
