package io.github.quotable.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * An open-addressing map from lower-case strings to values, looked up by a region of a text
 * compared without case, so a lookup allocates nothing (one is made for every token).
 *
 * <p>Laid out for the cache: a slot is four ints side by side (the key's hash, where its
 * chars start in one shared pool, its length, and an int the caller derives from the value),
 * so a probe reads one cache line, and a lookup that finds nothing (most of them: names,
 * numbers, content words) stops at the first empty slot without reading a key. A stored hash
 * is never 0, which marks an empty slot. A lookup gives a slot number, which tells the value
 * and its int without reading the value (the lexicon's word classes, without following the
 * reference to the word); the slot after the last is always empty, the answer for no key.
 */
final class CaseInsensitiveTable<V> {
  private static final int STRIDE = 4;
  /** Per slot: hash (0 if empty), pool offset, length, the value's int. */
  private final int[] slots;
  /** The lower-case keys' chars, one after another. */
  private final char[] pool;
  /** By slot, the value (null if empty). */
  private final Object[] values;
  /** Slot count - 1 (not counting the empty slot after the last). */
  private final int mask;

  CaseInsensitiveTable(Map<String, V> entries, ToIntFunction<? super V> intOf) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1; // half full
    mask = capacity - 1;
    slots = new int[(capacity + 1) * STRIDE];
    values = new Object[capacity + 1];
    Pool keys = new Pool(entries.size() * 8);
    int wrap = capacity * STRIDE - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      char[] key = e.getKey().toLowerCase(Locale.ROOT).toCharArray();
      int h = hash(key, 0, key.length);
      int at = (h & mask) * STRIDE;
      while (slots[at] != 0 && !(slots[at] == h && keys.holds(slots[at + 1], slots[at + 2], key))) {
        at = (at + STRIDE) & wrap;
      }
      if (slots[at] == 0) {
        slots[at] = h;
        slots[at + 1] = keys.add(key);
        slots[at + 2] = key.length;
      }
      // a key met again (only its case differed): the later wins
      values[at / STRIDE] = e.getValue();
      slots[at + 3] = intOf.applyAsInt(e.getValue());
    }
    pool = Arrays.copyOf(keys.chars, keys.size);
  }

  /** The keys' chars while the table is built. */
  private static final class Pool {
    char[] chars;
    int size;

    Pool(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    int add(char[] key) {
      if (size + key.length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, size + key.length));
      }
      System.arraycopy(key, 0, chars, size, key.length);
      size += key.length;
      return size - key.length;
    }

    boolean holds(int from, int length, char[] key) {
      return Arrays.equals(chars, from, from + length, key, 0, key.length);
    }
  }

  @SuppressWarnings("unchecked")
  V get(char[] text, int start, int end) {
    return (V) values[slot(partialHash(text, start, end), text, start, end)];
  }

  /** The int of text[start, end)'s value, 0 if no key is the region. */
  int intAt(char[] text, int start, int end) {
    return intOf(slot(partialHash(text, start, end), text, start, end));
  }

  /**
   * The slot of text[start, end), given the region's hash as {@link #step} builds it from 0
   * over the region's chars (by a caller that reads them anyway); the empty slot after the last
   * if no key is the region.
   */
  int slot(int partialHash, char[] text, int start, int end) {
    int h = finish(partialHash);
    int at = (h & mask) * STRIDE;
    int wrap = mask * STRIDE + STRIDE - 1;
    for (int stored; (stored = slots[at]) != 0; at = (at + STRIDE) & wrap) {
      if (stored == h && matches(slots[at + 1], slots[at + 2], text, start, end)) {
        return at / STRIDE;
      }
    }
    return mask + 1;
  }

  /**
   * The stored hash in the first slot a lookup of this hash reads: reading it brings that
   * slot's cache line in. Loads in a loop without branches on what they read go on side by
   * side; a lookup's probing branches on each, and waits for each in turn.
   */
  int touch(int partialHash) {
    return slots[(finish(partialHash) & mask) * STRIDE];
  }

  /** The value in a slot (null for an empty one). */
  @SuppressWarnings("unchecked")
  V value(int slot) {
    return (V) values[slot];
  }

  /** The int of the value in a slot (0 for an empty one). */
  int intOf(int slot) {
    return slots[slot * STRIDE + 3];
  }

  private boolean matches(int from, int length, char[] text, int start, int end) {
    if (length != end - start) {
      return false;
    }
    char[] p = pool;
    for (int k = 0; k < length; k++) {
      if (p[from + k] != lower(text[start + k])) {
        return false;
      }
    }
    return true;
  }

  /** The hash of the region lower-cased; never 0 (its top bit is set). */
  private static int hash(char[] s, int start, int end) {
    return finish(partialHash(s, start, end));
  }

  /** The hash of the region as {@link #step} builds it from 0, before {@link #finish}. */
  private static int partialHash(char[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = step(h, s[i]);
    }
    return h;
  }

  /**
   * The hash so far with one more char. An ASCII char counts as {@code c | 0x20}, the same for
   * both cases of a letter (and for what else shares it, which the key comparison tells apart),
   * without a branch that mispredicts at every capital; any other char as its lower case.
   */
  static int step(int h, char c) {
    return 31 * h + (c < 0x80 ? c | 0x20 : lowerOther(c));
  }

  private static int finish(int h) {
    h *= 0x9E3779B9; // spread short words' hashes over the table (Fibonacci hashing)
    return (h ^ (h >>> 15)) | 0x80000000;
  }

  /** {@link Character#toLowerCase(char)}, from tables. */
  static char lower(char c) {
    return c < 0x80 ? ASCII_LOWER[c] : lowerOther(c);
  }

  private static final char[] ASCII_LOWER = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  /** {@link Character#toLowerCase(char)} of a char outside ASCII. */
  private static char lowerOther(char c) {
    Block block = LOWER[c >>> 8];
    return (block != null ? block.lower : lowerBlock(c >>> 8))[c & 0xFF];
  }

  /**
   * {@link Character#toLowerCase(char)} of each character, by blocks of 256 computed the first
   * time one of their characters is met (Latin-1 and the punctuation block, which every news
   * text has, at once): the lookup's loops stay small to compile, without Unicode's tables
   * inlined into them. Racing threads compute the same values; a block is published whole.
   */
  private static final Block[] LOWER = new Block[256];

  static {
    lowerBlock(0x00);
    lowerBlock(0x20);
  }

  /**
   * The first call beyond those two also computes the blocks news text mostly uses
   * ({@link Blocks#COMMON}): compiled lookups take this path as never taken, and go back to be
   * compiled again when it is.
   */
  private static char[] lowerBlock(int high) {
    if (LOWER[0x20] != null && !commonLoaded) {
      commonLoaded = true;
      for (int common : Blocks.COMMON) {
        if (LOWER[common] == null) {
          LOWER[common] = new Block(common);
        }
      }
    }
    Block b = LOWER[high];
    if (b == null) {
      b = new Block(high);
      LOWER[high] = b;
    }
    return b.lower;
  }

  private static boolean commonLoaded;

  /** One block of the table; the final field publishes its chars whole. */
  private static final class Block {
    final char[] lower = new char[256];

    Block(int high) {
      for (int low = 0; low < 256; low++) {
        char c = (char) (high << 8 | low);
        lower[low] = Blocks.isSurrogates(high) ? c : Character.toLowerCase(c);
      }
    }
  }
}
