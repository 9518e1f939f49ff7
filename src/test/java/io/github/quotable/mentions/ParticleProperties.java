package io.github.quotable.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokenizer;
import io.github.quotable.text.Tokens;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Words#particle} finds what comparing the token with each particle finds. */
class ParticleProperties {
  private static final Tokenizer TOKENIZER = new Tokenizer(Vocabulary.defaults());
  private static final List<String> PARTICLES = List.of("al-", "el-", "ad-", "as-", "ash-",
      "an-", "at-", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "do", "dos", "das",
      "du", "del", "della", "der", "den", "van", "von", "la", "le", "ter", "ten", "ben", "mac",
      "st.");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("adelnrstbiuvohmcHKA-. \u00e9").ofMaxLength(300);
  }

  @Property
  void agreesWithComparingEachParticle(@ForAll("texts") String text) {
    Tokens t = TOKENIZER.tokenize(text);
    for (int i = 0; i < t.size(); i++) {
      assertThat(Words.particle(t, i)).as(t.string(i)).isEqualTo(reference(t, i));
    }
  }

  @Example
  void findsParticles() {
    Tokens t = TOKENIZER.tokenize("Omar al-Bashir and Ursula von der Leyen, della Rovere dell");
    assertThat(Words.particle(t, 1)).isTrue();
    assertThat(Words.particle(t, 2)).isFalse();
    assertThat(Words.particle(t, 4)).isTrue();
    assertThat(Words.particle(t, 5)).isTrue();
    assertThat(Words.particle(t, 8)).isTrue();
    assertThat(Words.particle(t, 10)).isFalse();
  }

  private static boolean reference(Tokens t, int i) {
    if (t.type(i) != TokenType.WORD || !t.lower(i)) {
      return false;
    }
    String text = t.text();
    int s = t.start(i);
    int len = t.end(i) - s;
    for (String p : PARTICLES) {
      int n = p.length();
      if (p.endsWith("-") ? len > n && text.startsWith(p, s)
          && Character.isUpperCase(text.charAt(s + n)) : len == n && text.startsWith(p, s)) {
        return true;
      }
    }
    return false;
  }
}
