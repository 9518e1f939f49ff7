package io.github.quotable.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link NameKey#words} gives the pieces that splitting at {@code [^\p{L}\p{N}]+} gives. */
class NameKeyWordsProperties {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> mixed = Arbitraries.strings()
        .withChars("aZ9 -’'.,İ\u0307\u00B2\u2163\u02B0\u01C5\u0663\uD835\uDC00\uD800\uDC00\uDBFF"
            + "the")
        .ofMaxLength(40);
    return Arbitraries.oneOf(any, mixed);
  }

  @Property(tries = 3000)
  void splitsAsTheRegularExpression(@ForAll("texts") String text) {
    Set<String> skipped = Set.of("the", "a");
    List<String> expected = new ArrayList<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !skipped.contains(w)) {
        expected.add(w);
      }
    }
    assertThat(NameKey.words(text, skipped)).containsExactlyElementsOf(expected);
  }
}
