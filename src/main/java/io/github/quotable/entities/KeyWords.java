package io.github.quotable.entities;

import io.github.quotable.text.Tokens;

/**
 * The key words of one document's name tokens ({@link NameKey#lowerWithoutPunctuation}), each
 * made once: a name met again gets the same string, found by hashing the token's chars in
 * place, so its key allocates no string and the maps its key goes into hash it only once. A
 * token with a char that {@link LowerCaseForms#lower} leaves to the String methods is not
 * held: its word is made each time.
 */
final class KeyWords {
  private final Tokens t;
  /** Open addressing: the words, and the {@link String#hashCode} of each. */
  private String[] words = new String[64];
  private int[] hashes = new int[64];
  private int size;
  /** Where {@link NameKey#lowerWithoutPunctuation} puts a word together. */
  private char[] scratch = new char[32];

  /** Where {@link NameKey#of} gathers a key's words. */
  private String[] keyScratch = new String[8];

  KeyWords(Tokens t) {
    this.t = t;
  }

  /** The token without periods and apostrophes, in lower case ("U.S." → "us"). */
  String of(int token) {
    int h = 0;
    for (int k = t.start(token); k < t.end(token); k++) {
      char c = t.charAt(k);
      if (NameKey.punctuation(c)) {
        continue;
      }
      int lower = LowerCaseForms.lower(c);
      if (lower < 0) {
        return word(token);
      }
      h = 31 * h + lower;
    }
    int mask = words.length - 1;
    int i = spread(h) & mask;
    for (String w; (w = words[i]) != null; i = (i + 1) & mask) {
      if (hashes[i] == h && isWordOf(w, token)) {
        return w;
      }
    }
    String w = word(token);
    words[i] = w;
    hashes[i] = h;
    if (++size * 2 > words.length) {
      grow();
    }
    return w;
  }

  /** An array that holds {@code length} words, reused by the next call. */
  String[] keyScratch(int length) {
    if (keyScratch.length < length) {
      keyScratch = new String[Math.max(length, keyScratch.length * 2)];
    }
    return keyScratch;
  }

  private String word(int token) {
    int length = t.end(token) - t.start(token);
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    return NameKey.lowerWithoutPunctuation(t, token, scratch);
  }

  /** Whether the word is the token's, which has no char left to the String methods. */
  private boolean isWordOf(String w, int token) {
    int n = 0;
    for (int k = t.start(token); k < t.end(token); k++) {
      char c = t.charAt(k);
      if (NameKey.punctuation(c)) {
        continue;
      }
      if (n == w.length() || w.charAt(n++) != LowerCaseForms.lower(c)) {
        return false;
      }
    }
    return n == w.length();
  }

  private void grow() {
    String[] oldWords = words;
    int[] oldHashes = hashes;
    words = new String[oldWords.length * 2];
    hashes = new int[oldWords.length * 2];
    int mask = words.length - 1;
    for (int k = 0; k < oldWords.length; k++) {
      if (oldWords[k] != null) {
        int i = spread(oldHashes[k]) & mask;
        while (words[i] != null) {
          i = (i + 1) & mask;
        }
        words[i] = oldWords[k];
        hashes[i] = oldHashes[k];
      }
    }
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
