package io.github.quotable.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** Strings are written exactly as Commons Text's escapeJson escapes them, for every char. */
class JsonWriterTest {
  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder();
    JsonWriter.quoted(sb, s);
    return sb.toString();
  }

  @Test
  void everyCharIsEscapedAsEscapeJsonDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b" + (char) c;
      assertThat(quoted(s)).as("U+%04X", c).isEqualTo('"' + StringEscapeUtils.escapeJson(s) + '"');
    }
  }

  @Test
  void surrogatePairsAndRunsAreEscapedAsEscapeJsonDoes() {
    for (String s : new String[] {"", "plain", "“quoted,” she said", "a\uD83D\uDE00b",
        "\uD83D\uDE00\uD83D\uDE00", "\uD800", "x\uDC00", "\uDC00\uD800", "tab\there\n/\\\"",
        "\u007f\u0080\u2028é’"}) {
      assertThat(quoted(s)).isEqualTo('"' + StringEscapeUtils.escapeJson(s) + '"');
    }
  }
}
