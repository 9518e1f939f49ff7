package io.github.quotable.entities;

import java.util.Arrays;
import java.util.List;

/**
 * Entities by key, each bucket in the order its entities were added: the map of
 * {@link NameIndex}, made for the few dozen keys of a document. Open addressing with each key's
 * hash kept, and a bucket held as its one entity until it gets a second: a HashMap allocated a
 * node and a list for each key, which made {@link NameIndex} a tenth of what extracting an
 * article allocated.
 */
final class Buckets {
  /** No slots until the first key: many documents give no alias, many no initials. */
  private Object[] keys = EMPTY;
  private int[] hashes;
  /** The bucket of the key in the same slot: an {@link Entity}, or a {@link Many}. */
  private Object[] values;
  private int size;
  private static final Object[] EMPTY = {};

  /** A bucket of two entities or more. */
  private static final class Many {
    Entity[] entities = new Entity[4];
    int size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(Object key, Entity e) {
    if (keys == EMPTY) {
      keys = new Object[16];
      hashes = new int[16];
      values = new Object[16];
    }
    int h = key.hashCode();
    int i = slot(key, h);
    Object v = values[i];
    if (v == null) {
      keys[i] = key;
      hashes[i] = h;
      values[i] = e;
      if (++size * 4 > keys.length * 3) {
        grow();
      }
      return;
    }
    Many many;
    if (v instanceof Many) {
      many = (Many) v;
    } else {
      many = new Many();
      many.entities[many.size++] = (Entity) v;
      values[i] = many;
    }
    if (many.size == many.entities.length) {
      many.entities = Arrays.copyOf(many.entities, many.size * 2);
    }
    many.entities[many.size++] = e;
  }

  /**
   * Adds to {@code out} at most {@code max} entities of the key's bucket, in the order they
   * were added: the newest ones, or the oldest.
   */
  void get(Object key, int max, boolean newest, List<Entity> out) {
    if (size == 0) {
      return;
    }
    Object v = values[slot(key, key.hashCode())];
    if (v instanceof Entity) {
      out.add((Entity) v);
    } else if (v != null) {
      Many many = (Many) v;
      int n = many.size;
      for (int k = newest ? Math.max(0, n - max) : 0, end = newest ? n : Math.min(n, max);
          k < end; k++) {
        out.add(many.entities[k]);
      }
    }
  }

  /** The slot holding the key, or the free slot where it would go. */
  private int slot(Object key, int h) {
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    for (Object k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (k == key || hashes[i] == h && k.equals(key)) {
        return i;
      }
    }
    return i;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    int length = oldKeys.length * 2;
    keys = new Object[length];
    hashes = new int[length];
    values = new Object[length];
    int mask = length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        int i = spread(oldHashes[k]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[k];
        hashes[i] = oldHashes[k];
        values[i] = oldValues[k];
      }
    }
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
