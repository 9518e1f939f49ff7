package io.github.quotable.entities;

import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Tokens;
import java.util.List;

/**
 * Counsel named by the side they argue for, as British court reports write it: "Defending,
 * Sarah Lyle said …", "Tom Hale, prosecuting, told the court …". The participle is the role,
 * as the article gives it.
 */
final class CounselSide {
  private static final WordSet SIDES = WordSet.of("defending", "prosecuting", "mitigating");

  private CounselSide() {}

  /**
   * Adds the side of a name whose run is [first, end): a participle opening the sentence
   * before it, or one between commas right after it.
   */
  static void read(Tokens t, int first, int end, int sentenceFirst, int sentenceEnd,
      List<String> out) {
    if (first - 2 == sentenceFirst && Words.comma(t, first - 1) && side(t, first - 2)) {
      out.add(t.lowerString(first - 2)); // capitalised only as the sentence opens
    } else if (end + 2 < sentenceEnd && Words.comma(t, end) && Words.comma(t, end + 2)
        && side(t, end + 1)) {
      out.add(t.string(end + 1));
    }
  }

  private static boolean side(Tokens t, int i) {
    return t.depth(i) == 0 && SIDES.hasLower(t, i);
  }
}
