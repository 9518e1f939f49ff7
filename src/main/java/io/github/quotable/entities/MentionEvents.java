package io.github.quotable.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every mention of an entity by the token it starts at, in token order whatever the order they
 * were recorded in (names are scanned first, sources resolved later, anywhere in the text).
 * Recording and reading the latest mentions before a token take logarithmic time.
 */
final class MentionEvents {
  /** Entities by token; at one token, in the order they were recorded. */
  private final NavigableMap<Integer, List<Entity>> byToken = new TreeMap<>();

  void add(int token, Entity e) {
    byToken.computeIfAbsent(token, k -> new ArrayList<>(1)).add(e);
  }

  /**
   * The entities mentioned before token i, most recent first (at one token, the last recorded
   * first), up to {@code max}; an entity mentioned several times appears each time.
   */
  List<Entity> before(int i, int max) {
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Entity>> at : byToken.headMap(i, false).descendingMap()
        .entrySet()) {
      List<Entity> es = at.getValue();
      for (int k = es.size() - 1; k >= 0; k--) {
        if (out.size() == max) {
          return out;
        }
        out.add(es.get(k));
      }
    }
    return out;
  }

  /** The token of the latest mention of the entity before token i, or -1. */
  int tokenBefore(int i, Entity e) {
    for (Map.Entry<Integer, List<Entity>> at : byToken.headMap(i, false).descendingMap()
        .entrySet()) {
      if (at.getValue().contains(e)) {
        return at.getKey();
      }
    }
    return -1;
  }
}
