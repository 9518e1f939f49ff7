package io.github.quotable.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.Iterables;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SourceResolver#hasWord} answers as splitting the role into its words would. */
class RoleWordProperties {
  private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()
      .or(CharMatcher.anyOf(",.’'"))).omitEmptyStrings();

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.strings().withChars("ab ,.’'\t\u00A0").ofMaxLength(12);
  }

  @Property
  void agreesWithSplitting(@ForAll("pieces") String role, @ForAll("pieces") String word) {
    assertThat(SourceResolver.hasWord(role, word))
        .isEqualTo(Iterables.contains(WORDS.split(role), word));
  }
}
