package io.github.quotable.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik generators of texts: any characters, news-like prose, damaged real articles. */
final class Texts {
  private Texts() {}

  /** Pieces news text is made of, and the marks and symbols that trouble it. */
  private static final List<String> PIECES = List.of("the", "a", "minister", "said", "says",
      "told", "reporters", "according", "to", "that", "he", "she", "they", "it", "was",
      "Smith", "Ann", "Lee", "Harbour", "Workers", "Union", "(HWU)", "Sen.", "Dr.", "U.S.", "J.",
      "spokesman", "statement", "in", "a", "on", "Monday", ",", ".", ":", ";", "?", "!", "—",
      "-", "--", "…", "...", "(", ")", "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "``",
      "''", "'s", "’s", "players’", "\n", "\n\n", "\n\n", " ", "\t", "\r\n", "\u00A0",
      "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\u200B", "é", "e\u0301", "Привет",
      "你好", "مرحبا", "1,000", "3.5", "2018", "'90s", "al-Hamid", "bin", "van", "der");

  /** Any string, every UTF-16 unit possible, lone surrogates included. */
  static Arbitrary<String> anyChars() {
    return Arbitraries.strings().all().ofMaxLength(3000);
  }

  /** News-like prose: words, names, cues, marks and punctuation of every style, in any order. */
  static Arbitrary<String> newsLike() {
    return Arbitraries.of(PIECES).list().ofMaxSize(400)
        .map(words -> String.join(" ", words));
  }

  /** Like {@link #newsLike} but glued without spaces, so marks touch words in every way. */
  static Arbitrary<String> gluedNewsLike() {
    return Arbitraries.of(PIECES).list().ofMaxSize(400).map(words -> String.join("", words));
  }

  /** The sample article, or a run of its paragraphs, damaged by one to five mutations. */
  static Arbitrary<String> mutatedArticles() {
    FuzzInputs inputs = new FuzzInputs(List.of(FuzzInputs.sampleArticle()), 7);
    return Arbitraries.longs().map(inputs::input);
  }
}
