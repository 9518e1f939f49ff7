package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entities a name key can match without looking at every entity of the document, so
 * that clustering costs the same per name in a long article as in a short one. It answers with
 * candidates only; {@link EntityTable} still applies the exact rules to each.
 */
final class EntityIndex {
  /** Entities by the last word of their key: suffix matches share it. */
  private final Map<String, List<Entity>> byLastWord = new HashMap<>();
  /** Entities by the last word of an alias. */
  private final Map<String, List<Entity>> byAliasLastWord = new HashMap<>();
  /** Entities of two or more key words by their initials, with and without "of", "the"... */
  private final Map<String, List<Entity>> byInitials = new HashMap<>();
  /** Entities by their whole key, each list in creation order. */
  private final Map<ImmutableList<String>, List<Entity>> byKey = new HashMap<>();

  /** Indexes a new entity, whose {@link Entity#order} is set. */
  void add(Entity e) {
    addKey(e, e.key());
  }

  /** Moves the entity from the lists of its old key to those of its current one. */
  void rekey(Entity e, ImmutableList<String> oldKey) {
    remove(byKey, oldKey, e);
    if (!oldKey.isEmpty()) {
      remove(byLastWord, last(oldKey), e);
    }
    for (String initials : initials(oldKey)) {
      remove(byInitials, initials, e);
    }
    addKey(e, e.key());
  }

  void alias(Entity e, ImmutableList<String> alias) {
    if (!alias.isEmpty()) {
      byAliasLastWord.computeIfAbsent(last(alias), x -> new ArrayList<>()).add(e);
    }
  }

  /**
   * The lists holding every entity that a non-empty key can match by suffix, alias or acronym
   * (and maybe more, or the same one twice).
   */
  List<List<Entity>> candidates(ImmutableList<String> key) {
    List<Entity> initials = key.size() == 1
        ? byInitials.getOrDefault(key.get(0), List.of()) : List.of();
    return List.of(byLastWord.getOrDefault(last(key), List.of()),
        byAliasLastWord.getOrDefault(last(key), List.of()), initials);
  }

  /** The entities whose key is exactly this one, in creation order. */
  List<Entity> withKey(ImmutableList<String> key) {
    return byKey.getOrDefault(key, List.of());
  }

  private void addKey(Entity e, ImmutableList<String> key) {
    List<Entity> same = byKey.computeIfAbsent(key, x -> new ArrayList<>());
    int at = same.size();
    while (at > 0 && same.get(at - 1).order > e.order) {
      at--;
    }
    same.add(at, e);
    if (!key.isEmpty()) {
      byLastWord.computeIfAbsent(last(key), x -> new ArrayList<>()).add(e);
    }
    for (String initials : initials(key)) {
      byInitials.computeIfAbsent(initials, x -> new ArrayList<>()).add(e);
    }
  }

  /** The strings {@link NameKey#isAcronymOf} compares an acronym with, for this key. */
  private static List<String> initials(List<String> key) {
    if (key.size() < 2) {
      return List.of();
    }
    StringBuilder all = new StringBuilder();
    StringBuilder significant = new StringBuilder();
    for (String w : key) {
      all.append(w.charAt(0));
      if (!w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for")) {
        significant.append(w.charAt(0));
      }
    }
    return all.toString().contentEquals(significant) ? List.of(all.toString())
        : List.of(all.toString(), significant.toString());
  }

  private static <K> void remove(Map<K, List<Entity>> map, K key, Entity e) {
    List<Entity> list = map.get(key);
    if (list != null) {
      list.remove(e);
    }
  }

  private static String last(List<String> key) {
    return key.get(key.size() - 1);
  }
}
