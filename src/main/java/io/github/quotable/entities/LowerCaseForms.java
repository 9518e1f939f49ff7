package io.github.quotable.entities;

import io.github.quotable.text.Tokens;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * A set of tokens' lower-case forms ({@link Tokens#lowerString}). Tokens are hashed and compared
 * straight from the text, a char at a time ({@link #lower}), against forms kept in a pool of
 * their own, so adding one allocates nothing and a probe reads the pool, not the text far from
 * where the caller is (in a long text that read missed the cache at every known form). Only a
 * token with a char whose lower case depends on more than itself is compared by its lower-case
 * string, made when needed. Hashes are those of {@link String#hashCode} of the form, so either
 * kind of token finds the other.
 */
final class LowerCaseForms {
  /** Per slot: the form's hash, its offset in the pool + 1 (0 for a free slot), its length. */
  private static final int STRIDE = 3;
  private final Tokens t;
  private int[] slots = new int[64 * STRIDE];
  private int capacity = 64;
  private char[] pool = new char[256];
  private int poolSize;
  private int size;

  LowerCaseForms(Tokens t) {
    this.t = t;
  }

  void add(int token) {
    int h = hash(token);
    int at = indexOf(token, h);
    if (slots[at + 1] != 0) {
      return;
    }
    slots[at] = h;
    slots[at + 1] = poolSize + 1;
    slots[at + 2] = store(token);
    if (++size * 2 > capacity) {
      grow();
    }
  }

  boolean contains(int token) {
    return slots[indexOf(token, hash(token)) + 1] != 0;
  }

  /** Appends the token's form to the pool; returns its length. */
  private int store(int token) {
    int start = t.start(token);
    int length = t.end(token) - start;
    String special = special(token) ? t.lowerString(token) : null;
    if (special != null) {
      length = special.length();
    }
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    if (special != null) {
      special.getChars(0, length, pool, poolSize);
    } else {
      for (int k = 0; k < length; k++) {
        pool[poolSize + k] = (char) lower(t.charAt(start + k));
      }
    }
    poolSize += length;
    return length;
  }

  /** The slot holding the token's form, or the free slot where it would go. */
  private int indexOf(int token, int h) {
    int mask = capacity - 1;
    int i = spread(h) & mask;
    while (slots[i * STRIDE + 1] != 0
        && !(slots[i * STRIDE] == h && sameForm(i * STRIDE, token))) {
      i = (i + 1) & mask;
    }
    return i * STRIDE;
  }

  private void grow() {
    int[] old = slots;
    capacity *= 2;
    slots = new int[capacity * STRIDE];
    int mask = capacity - 1;
    for (int k = 0; k < old.length; k += STRIDE) {
      if (old[k + 1] != 0) {
        int i = spread(old[k]) & mask;
        while (slots[i * STRIDE + 1] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, k, slots, i * STRIDE, STRIDE);
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
        return t.lowerString(token).hashCode();
      }
      h = 31 * h + c;
    }
    return h;
  }

  /** Whether the form in the slot at {@code at} is the token's. */
  private boolean sameForm(int at, int token) {
    int offset = slots[at + 1] - 1;
    int length = slots[at + 2];
    int start = t.start(token);
    if (t.end(token) - start == length) {
      int k = 0;
      for (; k < length; k++) {
        int c = lower(t.charAt(start + k));
        if (c < 0) {
          break; // a special char: the forms are compared as strings
        }
        if (c != pool[offset + k]) {
          return false; // the chars before the first special one are the form's own
        }
      }
      if (k == length) {
        return true;
      }
    } else if (!special(token)) {
      // only a char that lower-cases to more than one ("İ" to "i̇") changes the length
      return false;
    }
    String form = t.lowerString(token);
    return form.length() == length
        && form.contentEquals(CharBuffer.wrap(pool, offset, length));
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
}
