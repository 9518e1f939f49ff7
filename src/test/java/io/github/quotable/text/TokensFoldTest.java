package io.github.quotable.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Tokens#foldsTo} agrees with String's comparison without case over the whole BMP. */
class TokensFoldTest {
  @Test
  void foldsToIsStringsComparisonWithoutCase() {
    int disagreements = 0;
    for (char ascii = 0; ascii < 0x80; ascii++) {
      String literal = String.valueOf(ascii);
      for (int c = 0x80; c <= 0xFFFF; c++) {
        boolean string = ("’" + (char) c).regionMatches(true, 1, literal, 0, 1);
        if (string != Tokens.foldsTo((char) c, ascii)) {
          disagreements++;
        }
      }
    }
    assertThat(disagreements).isZero();
  }
}
