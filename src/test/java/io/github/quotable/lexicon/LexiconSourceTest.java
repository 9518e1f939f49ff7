package io.github.quotable.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource's bytes give the entries its lines give, as a reader cuts them. */
class LexiconSourceTest {
  private static List<String> byLines(byte[] bytes) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(
        new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    return LexiconSource.entries(r.lines().toList());
  }

  @Test
  void everyResourceGivesTheEntriesOfItsLines() throws IOException {
    for (Lexicon l : Lexicon.values()) {
      byte[] bytes;
      try (InputStream in = LexiconSource.class.getResourceAsStream(l.resource())) {
        bytes = in.readAllBytes();
      }
      assertThat(LexiconSource.entries(bytes)).as(l.name()).isEqualTo(byLines(bytes))
          .isNotEmpty();
    }
  }

  @Test
  void commentsBlanksAndLineBreaksAreCutAsFromLines() throws IOException {
    for (String s : new String[] {"", "\n", "a", "a\n", " a b \r\nc#d\r\re # f ", "#x\n  # y",
        "\t\u2003word\u2003 \u000b\n\u001fx\u00a0", "é = FEMALE\n\u00e9\u0301#\u2028", "a#b#c"}) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      assertThat(LexiconSource.entries(bytes)).as(s).isEqualTo(byLines(bytes));
    }
  }
}
