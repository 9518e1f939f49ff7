package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Shape;
import io.github.quotable.text.Tokens;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparable form of a name: lower-case tokens without initials, suffixes or particle
 * prefixes ("Nadia al-Hamid" → [nadia, hamid]), and how two names relate.
 */
final class NameKey {
  private static final String PUNCT = ".’'";

  private NameKey() {}

  /**
   * The key of the name in tokens [first, end), its words taken from the document's
   * {@link KeyWords}.
   */
  static ImmutableList<String> of(Tokens t, KeyWords words, int first, int end) {
    String[] found = words.keyScratch(end - first);
    int n = 0;
    for (int i = first; i < end; i++) {
      boolean particle = Words.particle(t, i);
      boolean prefixed = particle && t.has(i, Shape.HYPHEN); // Words.prefixedName, tested once
      if (t.has(i, Shape.INITIAL) || Words.suffix(t, i) || particle && !prefixed) {
        continue;
      }
      String w = words.of(i);
      int dash = prefixed ? w.indexOf('-') : -1;
      if (dash > 0) {
        w = w.substring(dash + 1);
      }
      if (!w.isEmpty()) {
        found[n++] = w;
      }
    }
    // the list made at its size: most keys are of one or two words, which a builder held in
    // an array of four
    switch (n) {
      case 0:
        return ImmutableList.of();
      case 1:
        return ImmutableList.of(found[0]);
      case 2:
        return ImmutableList.of(found[0], found[1]);
      default:
        return ImmutableList.copyOf(Arrays.asList(found).subList(0, n));
    }
  }

  /**
   * The token without periods and apostrophes, in lower case ("U.S." → "us"); made straight
   * from the text a char at a time, which gives what the String methods below give for all but
   * a few chars ({@link LowerCaseForms#lower}). Its chars are put together in {@code out},
   * which must hold the token's: the caller's array, used again for the next word.
   */
  static String lowerWithoutPunctuation(Tokens t, int i, char[] out) {
    int n = 0;
    for (int k = t.start(i); k < t.end(i); k++) {
      char c = t.charAt(k);
      if (punctuation(c)) {
        continue;
      }
      int lower = LowerCaseForms.lower(c);
      if (lower < 0) {
        return withoutPunctuationLower(t, i);
      }
      out[n++] = (char) lower;
    }
    return new String(out, 0, n);
  }

  /** A period or an apostrophe, which a name's key leaves out. */
  static boolean punctuation(char c) {
    return c == '.' || c == '’' || c == '\'';
  }

  /** {@link #lowerWithoutPunctuation} made with the String methods, for the rare token. */
  private static String withoutPunctuationLower(Tokens t, int i) {
    return withoutPunctuation(t.string(i)).toLowerCase(Locale.ROOT);
  }

  /** The word without periods and apostrophes ("U.S." → "US"). */
  private static String withoutPunctuation(String w) {
    StringBuilder sb = null;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (PUNCT.indexOf(c) >= 0) {
        if (sb == null) {
          sb = new StringBuilder(w.length()).append(w, 0, k);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? w : sb.toString();
  }

  /**
   * The words of a text in lower case, but for those in {@code skipped}: the maximal runs of
   * letters and numbers (Unicode categories L and N), as splitting at {@code [^\p{L}\p{N}]+}
   * gives them. A loop, not that regular expression: this runs for every group and description
   * met, and a regular expression's matcher is much code to compile into each caller.
   */
  static ImmutableList<String> words(String text, Set<String> skipped) {
    String lower = text.toLowerCase(Locale.ROOT);
    ImmutableList.Builder<String> words = ImmutableList.builder();
    int start = -1;
    for (int k = 0; k < lower.length(); ) {
      int c = lower.codePointAt(k);
      if (letterOrNumber(c)) {
        start = start < 0 ? k : start;
      } else if (start >= 0) {
        addWord(lower.substring(start, k), skipped, words);
        start = -1;
      }
      k += Character.charCount(c);
    }
    if (start >= 0) {
      addWord(lower.substring(start), skipped, words);
    }
    return words.build();
  }

  private static void addWord(String word, Set<String> skipped,
      ImmutableList.Builder<String> words) {
    if (!skipped.contains(word)) {
      words.add(word);
    }
  }

  private static boolean letterOrNumber(int c) {
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code shorter} names the same as {@code longer}: its tokens end it. */
  static boolean isSuffix(List<String> shorter, List<String> longer) {
    int n = shorter.size();
    int m = longer.size();
    if (n == 0 || n > m) {
      return false;
    }
    for (int k = 1; k <= n; k++) { // from the last word, where two names differ most often
      if (!shorter.get(n - k).equals(longer.get(m - k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an acronym ("hwu") spells the initials of a name ([harbour, workers, union]). */
  static boolean isAcronymOf(String acronym, List<String> name) {
    if (name.size() < 2 || acronym.length() < 2) {
      return false;
    }
    return spells(acronym, name, false) || spells(acronym, name, true);
  }

  /**
   * Whether the acronym is the initials of the name's words ({@link #initials}), of its
   * significant words only if asked: compared letter by letter, without building the initials.
   */
  private static boolean spells(String acronym, List<String> name, boolean significantOnly) {
    int k = 0;
    for (String w : name) {
      if (w.isEmpty() || significantOnly && minor(w)) {
        continue;
      }
      if (k == acronym.length() || acronym.charAt(k) != w.charAt(0)) {
        return false;
      }
      k++;
    }
    return k == acronym.length();
  }

  /** "of", "the", "and", "for": words an acronym may skip. */
  private static boolean minor(String w) {
    return w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for");
  }

  /**
   * The acronyms a name of two or more words may go by: the initials of all its words, and of
   * its words other than "of", "the", "and" and "for" if it has any of those; none for a
   * shorter name.
   */
  static List<String> initials(List<String> name) {
    if (name.size() < 2) {
      return List.of();
    }
    char[] initials = new char[name.size()];
    int all = 0;
    boolean minorWords = false;
    for (int k = 0; k < name.size(); k++) {
      String w = name.get(k);
      if (!w.isEmpty()) {
        initials[all++] = w.charAt(0);
        minorWords |= minor(w);
      }
    }
    String every = new String(initials, 0, all);
    if (!minorWords) {
      return List.of(every); // most names: the significant words are all of them
    }
    int some = 0;
    for (int k = 0; k < name.size(); k++) {
      String w = name.get(k);
      if (!w.isEmpty() && !minor(w)) {
        initials[some++] = w.charAt(0);
      }
    }
    return List.of(every, new String(initials, 0, some));
  }

}
