package io.github.quotable.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** The hand-written escaping and number formatting give exactly what they replaced. */
class JsonEscaperTest {

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder();
    JsonEscaper.quoted(sb, s);
    return sb.toString();
  }

  private static String commonsText(String s) {
    return '"' + StringEscapeUtils.escapeJson(s) + '"';
  }

  @Test
  void everyCharacterAloneIsEscapedAsCommonsTextEscapesIt() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      assertThat(quoted(s)).as("U+%04X", c).isEqualTo(commonsText(s));
    }
  }

  @Test
  void surrogatePairsAndLoneSurrogatesAreEscapedAsCommonsTextEscapesThem() {
    for (String s : new String[] {"😀", "x😀y", "\uD83D", "\uDE00", "\uDE00\uD83D", "a\uD83D",
        "\uD83Db", "𝒜“quoted”/\\\"\n\t\u0000\u007F\u0080", ""}) {
      assertThat(quoted(s)).isEqualTo(commonsText(s));
    }
  }

  @Test
  void randomStringsAreEscapedAsCommonsTextEscapesThem() {
    Random random = new Random(4);
    char[] interesting = {'"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0001', '\u001F', ' ',
        '~', '\u007F', '\u0080', 'é', '“', '”', '’', '—', '\u2028', '\uD83D', '\uDE00',
        '\uFEFF', '\uFFFF'};
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
            : (char) random.nextInt(0x10000));
      }
      String s = sb.toString();
      assertThat(quoted(s)).isEqualTo(commonsText(s));
    }
  }

  @Test
  void confidencesAreFormattedAsStringFormatFormatsThem() {
    for (int k = 0; k <= 2000; k++) {
      double d = k / 2000.0;
      assertThat(Confidence.format(d)).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
      assertThat(Confidence.format(d - 0.03)).isEqualTo(String.format(Locale.ROOT, "%.2f",
          d - 0.03));
    }
    for (int k = 0; k <= 100_000; k++) {
      double d = k / 100_000.0;
      for (double v : new double[] {d, Math.nextUp(d), Math.nextDown(d)}) {
        assertThat(Confidence.format(v)).as("%s", v)
            .isEqualTo(String.format(Locale.ROOT, "%.2f", v));
      }
    }
    Random random = new Random(5);
    for (int k = 0; k < 100_000; k++) {
      double v = random.nextDouble();
      assertThat(Confidence.format(v)).as("%s", v)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    }
    for (double d : new double[] {0.85 - 0.03, 0.75 - 0.1, 0.125, 0.135, 0.005, 1, 0, -0.0,
        4.9e-324, 1e-5, 0.995, 0.9950000000000001, 0.994999999999999, Double.NaN}) {
      assertThat(Confidence.format(d)).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
    }
  }
}
