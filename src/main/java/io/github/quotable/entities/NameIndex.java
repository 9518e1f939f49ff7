package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entities a name key may refer to, found without scanning every entity of the article:
 * those whose key ends with the same word (a key that is a suffix of another, or has one as
 * its suffix, ends with the same word), those whose initials spell a one-word key, those with
 * the key as an alias, and those whose key is exactly it. A superset: callers check each
 * candidate. Keys may grow when an entity is renamed; {@link #refresh} indexes the new key and
 * the old entries stay as harmless extra candidates.
 *
 * <p>Each bucket yields at most {@link #MAX_CANDIDATES} entities, so an article naming a huge
 * number of distinct people with the same surname still resolves in linear time; only past
 * that number can an older namesake be missed.
 */
final class NameIndex {
  static final int MAX_CANDIDATES = 64;
  private final Map<String, List<Entity>> byLastWord = new HashMap<>();
  private final Map<String, List<Entity>> byInitials = new HashMap<>();
  private final Map<ImmutableList<String>, List<Entity>> byAlias = new HashMap<>();
  private final Map<ImmutableList<String>, List<Entity>> byKey = new HashMap<>();

  /** Indexes the entity under its current key, if not yet done. */
  void refresh(Entity e) {
    if (e.indexedKey != e.key()) {
      // a new or renamed entity: indexed out of line, as refresh is inlined into every mention
      // and the common case is this field read, no identity-hash lookup
      reindex(e);
    }
  }

  private void reindex(Entity e) {
    ImmutableList<String> key = e.key();
    ImmutableList<String> old = e.indexedKey;
    e.indexedKey = key;
    if (!key.isEmpty() && (old == null || old.isEmpty() || !last(old).equals(last(key)))) {
      add(byLastWord, last(key), e);
    }
    List<String> before = old == null ? List.of() : NameKey.initials(old);
    List<String> initials = NameKey.initials(key);
    for (int k = 0; k < initials.size(); k++) {
      String i = initials.get(k);
      if (!before.contains(i) && (k == 0 || !initials.get(0).equals(i))) {
        add(byInitials, i, e);
      }
    }
    if (old == null || !old.equals(key)) {
      add(byKey, key, e);
    }
  }

  void alias(Entity e, ImmutableList<String> key) {
    add(byAlias, key, e);
  }

  /**
   * Entities the key may match by name, initials or alias: the most recently indexed ones, put
   * into {@code out} after clearing it (one list serves every lookup of a document).
   */
  List<Entity> candidates(ImmutableList<String> key, List<Entity> out) {
    out.clear();
    if (!key.isEmpty()) {
      newest(byLastWord.get(last(key)), out);
      if (key.size() == 1) {
        newest(byInitials.get(key.get(0)), out);
      }
    }
    if (!byAlias.isEmpty()) {
      newest(byAlias.get(key), out); // most articles give no alias: no key hashed for none
    }
    return out;
  }

  /** Entities that were indexed with exactly this key, in the order they were indexed. */
  List<Entity> withKey(ImmutableList<String> key) {
    List<Entity> bucket = byKey.getOrDefault(key, List.of());
    return bucket.subList(0, Math.min(bucket.size(), MAX_CANDIDATES));
  }

  /** Every entity that was indexed with exactly this key, however many. */
  List<Entity> everWithKey(ImmutableList<String> key) {
    return byKey.getOrDefault(key, List.of());
  }

  private static void newest(List<Entity> bucket, List<Entity> out) {
    if (bucket != null) {
      for (int k = Math.max(0, bucket.size() - MAX_CANDIDATES); k < bucket.size(); k++) {
        out.add(bucket.get(k));
      }
    }
  }

  /**
   * Adds e to the key's bucket. Most buckets only ever hold one entity: a bucket starts as an
   * immutable list of it, half the size of an ArrayList and its array, and becomes an
   * ArrayList at its second entity.
   */
  private static <K> void add(Map<K, List<Entity>> map, K key, Entity e) {
    map.merge(key, List.of(e), NameIndex::joined);
  }

  private static List<Entity> joined(List<Entity> bucket, List<Entity> one) {
    if (bucket instanceof ArrayList) {
      bucket.add(one.get(0));
      return bucket;
    }
    List<Entity> grown = new ArrayList<>(4);
    grown.addAll(bucket);
    grown.add(one.get(0));
    return grown;
  }

  private static String last(List<String> key) {
    return key.get(key.size() - 1);
  }
}
