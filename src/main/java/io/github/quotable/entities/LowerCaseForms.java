package io.github.quotable.entities;

import io.github.quotable.text.Tokens;

/**
 * A set of tokens' lower-case forms ({@link Tokens#lowerString}), held as the index of one
 * token of each form: a token is in it if some added token has the same form. ASCII tokens are
 * hashed and compared straight from the text, so adding one allocates nothing; a token with
 * other characters is compared by its lower-case string, made when needed. Hashes are those of
 * {@link String#hashCode} of the form, so either kind of token finds the other.
 */
final class LowerCaseForms {
  private final Tokens t;
  /** Open addressing: a token index + 1, or 0 for a free slot. */
  private int[] slots = new int[64];
  private int[] hashes = new int[64];
  private int size;

  LowerCaseForms(Tokens t) {
    this.t = t;
  }

  void add(int token) {
    int h = hash(token);
    int i = indexOf(token, h);
    if (slots[i] != 0) {
      return;
    }
    slots[i] = token + 1;
    hashes[i] = h;
    if (++size * 2 > slots.length) {
      grow();
    }
  }

  boolean contains(int token) {
    return slots[indexOf(token, hash(token))] != 0;
  }

  /** The slot holding the token's form, or the free slot where it would go. */
  private int indexOf(int token, int h) {
    int mask = slots.length - 1;
    int i = spread(h) & mask;
    while (slots[i] != 0 && !(hashes[i] == h && sameForm(slots[i] - 1, token))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] != 0) {
        int i = spread(oldHashes[k]) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[k];
        hashes[i] = oldHashes[k];
      }
    }
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private int hash(int token) {
    if (!ascii(token)) {
      return t.lowerString(token).hashCode();
    }
    int h = 0;
    for (int k = t.start(token); k < t.end(token); k++) {
      h = 31 * h + asciiLower(t.charAt(k));
    }
    return h;
  }

  private boolean sameForm(int a, int b) {
    if (!ascii(a) || !ascii(b)) {
      return t.lowerString(a).equals(t.lowerString(b));
    }
    int length = t.end(a) - t.start(a);
    if (length != t.end(b) - t.start(b)) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (asciiLower(t.charAt(t.start(a) + k)) != asciiLower(t.charAt(t.start(b) + k))) {
        return false;
      }
    }
    return true;
  }

  private boolean ascii(int token) {
    for (int k = t.start(token); k < t.end(token); k++) {
      if (t.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
