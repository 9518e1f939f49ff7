package io.github.quotable.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Phrases of several words ("Prime Minister", "Associated Press"), matched on tokens. */
final class PhraseTable {
  /** The phrases by first word, each list longest first (in entry order among equals). */
  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  PhraseTable(Iterable<String> phrases) {
    for (String p : phrases) {
      List<String> words = words(p.toLowerCase(Locale.ROOT));
      if (words.size() > 1) {
        List<List<String>> same = byFirstWord.get(words.get(0));
        if (same == null) {
          same = new ArrayList<>(2);
          byFirstWord.put(words.get(0), same);
        }
        int at = 0;
        while (at < same.size() && same.get(at).size() >= words.size()) {
          at++;
        }
        same.add(at, words);
      }
    }
  }

  /** The words of a phrase: separated by spaces, empty ones dropped. */
  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>(3);
    int from = 0;
    for (int i = 0; i <= phrase.length(); i++) {
      if (i == phrase.length() || phrase.charAt(i) == ' ') {
        if (i > from) {
          out.add(phrase.substring(from, i));
        }
        from = i + 1;
      }
    }
    return List.copyOf(out);
  }

  /** Whether some phrase begins with this lower-case word. */
  boolean startsWith(String firstWord) {
    return byFirstWord.containsKey(firstWord);
  }

  /** The number of tokens of the longest phrase starting at token i, or 0. */
  int match(TokenView t, int i, String firstWord) {
    for (List<String> p : byFirstWord.getOrDefault(firstWord, List.of())) {
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
