package io.github.quotable.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * An open-addressing map from lower-case strings to values, looked up by a region of a text
 * compared without case, so a lookup allocates nothing (one is made for every token). The text
 * is a char array: reading a String's chars one at a time checks its coder for each one.
 */
final class CaseInsensitiveTable<V> {
  /** The lower-case keys as char arrays: compared char by char, a String checks its coder. */
  private final char[][] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  CaseInsensitiveTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[capacity][];
    hashes = new int[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((k, v) -> {
      char[] key = k.toLowerCase(Locale.ROOT).toCharArray();
      int h = hash(key, 0, key.length);
      int i = h & mask;
      while (keys[i] != null && !Arrays.equals(keys[i], key)) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      hashes[i] = h;
      values[i] = v;
    });
  }

  @SuppressWarnings("unchecked")
  V get(char[] text, int start, int end) {
    int h = hash(text, start, end);
    int i = h & mask;
    for (char[] key; (key = keys[i]) != null; i = (i + 1) & mask) {
      if (hashes[i] == h && matches(key, text, start, end)) {
        return (V) values[i];
      }
    }
    return null;
  }

  private static boolean matches(char[] key, char[] text, int start, int end) {
    if (key.length != end - start) {
      return false;
    }
    for (int k = 0; k < key.length; k++) {
      if (key[k] != lower(text[start + k])) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(s[i]);
    }
    h *= 0x9E3779B9; // spread short words' hashes over the table (Fibonacci hashing)
    return h ^ (h >>> 15);
  }

  /** {@link Character#toLowerCase(char)}, without its table lookup for ASCII. */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }
}
