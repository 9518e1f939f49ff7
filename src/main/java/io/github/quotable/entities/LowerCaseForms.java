package io.github.quotable.entities;

import io.github.quotable.text.Tokens;

/**
 * A set of tokens' lower-case forms ({@link Tokens#lowerString}), held as the index of one
 * token of each form: a token is in it if some added token has the same form. Tokens are hashed
 * and compared straight from the text, a char at a time ({@link #lower}), so adding one
 * allocates nothing; only a token with a char whose lower case depends on more than itself is
 * compared by its lower-case string, made when needed. Hashes are those of
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
    int h = 0;
    for (int k = t.start(token); k < t.end(token); k++) {
      int c = lower(t.charAt(k));
      if (c < 0) {
        return formHash(token);
      }
      h = 31 * h + c;
    }
    return h;
  }

  private boolean sameForm(int a, int b) {
    int length = t.end(a) - t.start(a);
    if (length != t.end(b) - t.start(b)) {
      // only a char that lower-cases to more than one ("İ" to "i̇") changes the length
      return (special(a) || special(b)) && formsEqual(a, b);
    }
    for (int k = 0; k < length; k++) {
      int ca = lower(t.charAt(t.start(a) + k));
      int cb = lower(t.charAt(t.start(b) + k));
      if (ca < 0 || cb < 0) {
        return formsEqual(a, b);
      }
      if (ca != cb) {
        return false;
      }
    }
    return true;
  }

  /**
   * The char in lower case as {@link String#toLowerCase} makes it inside a word (Locale.ROOT),
   * or -1 for the chars it treats otherwise: "İ" (U+0130, two chars in lower case), the capital
   * sigma (final or not by its neighbours) and surrogates (read as pairs).
   */
  static int lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
      return -1;
    }
    return Character.toLowerCase(c);
  }

  private boolean special(int token) {
    for (int k = t.start(token); k < t.end(token); k++) {
      if (lower(t.charAt(k)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The hash of the form made as a string: for the rare token with a {@link #special} char. */
  private int formHash(int token) {
    return t.lowerString(token).hashCode();
  }

  private boolean formsEqual(int a, int b) {
    return t.lowerString(a).equals(t.lowerString(b));
  }
}
