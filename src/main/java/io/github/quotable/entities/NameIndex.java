package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import java.util.List;

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
  private final Buckets byLastWord = new Buckets();
  private final Buckets byInitials = new Buckets();
  private final Buckets byAlias = new Buckets();
  private final Buckets byKey = new Buckets();

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
      byLastWord.add(last(key), e);
    }
    List<String> before = old == null ? List.of() : NameKey.initials(old);
    List<String> initials = NameKey.initials(key);
    for (int k = 0; k < initials.size(); k++) {
      String i = initials.get(k);
      if (!before.contains(i) && (k == 0 || !initials.get(0).equals(i))) {
        byInitials.add(i, e);
      }
    }
    if (old == null || !old.equals(key)) {
      byKey.add(key, e);
    }
  }

  void alias(Entity e, ImmutableList<String> key) {
    byAlias.add(key, e);
  }

  /**
   * Entities the key may match by name, initials or alias: the most recently indexed ones, put
   * into {@code out} after clearing it (one list serves every lookup of a document).
   */
  List<Entity> candidates(ImmutableList<String> key, List<Entity> out) {
    out.clear();
    if (!key.isEmpty()) {
      byLastWord.get(last(key), MAX_CANDIDATES, true, out);
      if (key.size() == 1) {
        byInitials.get(key.get(0), MAX_CANDIDATES, true, out);
      }
    }
    if (!byAlias.isEmpty()) {
      byAlias.get(key, MAX_CANDIDATES, true, out); // most articles give no alias: no key hashed
    }
    return out;
  }

  /**
   * Entities that were indexed with exactly this key, the first {@link #MAX_CANDIDATES} in the
   * order they were indexed, put into {@code out} after clearing it.
   */
  List<Entity> withKey(ImmutableList<String> key, List<Entity> out) {
    out.clear();
    byKey.get(key, MAX_CANDIDATES, false, out);
    return out;
  }

  /** Every entity that was indexed with exactly this key, however many, put into out. */
  List<Entity> everWithKey(ImmutableList<String> key, List<Entity> out) {
    out.clear();
    byKey.get(key, Integer.MAX_VALUE, false, out);
    return out;
  }

  private static String last(List<String> key) {
    return key.get(key.size() - 1);
  }
}
