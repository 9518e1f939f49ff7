package io.github.quotable.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Phrases of several words ("Prime Minister", "Associated Press"), matched on tokens. */
final class PhraseTable {
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();
  private final ImmutableListMultimap<String, ImmutableList<String>> byFirstWord;

  PhraseTable(Iterable<String> phrases) {
    ImmutableListMultimap.Builder<String, ImmutableList<String>> b =
        ImmutableListMultimap.builder();
    for (String p : phrases) {
      ImmutableList<String> words = ImmutableList.copyOf(WORDS.split(p.toLowerCase(Locale.ROOT)));
      if (words.size() > 1) {
        b.put(words.get(0), words);
      }
    }
    b.orderValuesBy(Comparator.<List<String>>comparingInt(List::size).reversed());
    byFirstWord = b.build();
  }

  /** Whether some phrase begins with this lower-case word. */
  boolean startsWith(String firstWord) {
    return byFirstWord.containsKey(firstWord);
  }

  /** The number of tokens of the longest phrase starting at token i, or 0. */
  int match(TokenView t, int i, String firstWord) {
    for (ImmutableList<String> p : byFirstWord.get(firstWord)) {
      if (i + p.size() <= t.size() && matchesFrom(t, i, p)) {
        return p.size();
      }
    }
    return 0;
  }

  private static boolean matchesFrom(TokenView t, int i, List<String> p) {
    String text = t.text();
    for (int k = 1; k < p.size(); k++) {
      String w = p.get(k);
      int s = t.start(i + k);
      if (t.end(i + k) - s != w.length() || !text.regionMatches(true, s, w, 0, w.length())) {
        return false;
      }
    }
    return true;
  }
}
