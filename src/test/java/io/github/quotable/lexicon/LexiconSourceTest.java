package io.github.quotable.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.Lexicon;
import org.junit.jupiter.api.Test;

class LexiconSourceTest {

  @Test
  void linesEndAtNewlineCarriageReturnOrBoth() {
    assertThat(LexiconSource.entries("say SPEECH clause\r\nsnarl SPEECH quote\rwarn SPEECH that\n"
        + "add SPEECH that"))
        .containsExactly("say SPEECH clause", "snarl SPEECH quote", "warn SPEECH that",
            "add SPEECH that");
  }

  @Test
  void commentsBlankLinesAndSurroundingBlanksAreDropped() {
    assertThat(LexiconSource.entries("# a heading\n\n  Abdul = MALE   # common\n\t\n# end\n"))
        .containsExactly("Abdul = MALE");
  }

  @Test
  void entriesKeepCharsOutsideAscii() {
    assertThat(LexiconSource.entries("Jiří = MALE\nJosé = MALE\r\n")).containsExactly(
        "Jiří = MALE", "José = MALE");
  }

  @Test
  void everyDefaultLexiconHasEntriesWithoutCommentsOrLineBreaks() {
    for (Lexicon l : Lexicon.values()) {
      assertThat(LexiconSource.defaults(l)).as(l.name()).isNotEmpty()
          .allSatisfy(e -> assertThat(e).doesNotContain("#", "\n", "\r").isEqualTo(e.strip()));
    }
  }
}
