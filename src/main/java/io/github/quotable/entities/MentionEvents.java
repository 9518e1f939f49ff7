package io.github.quotable.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Every mention of an entity by the token it starts at, with its prominence there, in token
 * order whatever the order they were recorded in (names are scanned first, sources resolved
 * later, anywhere in the text). Recording a mention and starting to read backwards from a
 * token take logarithmic time.
 */
final class MentionEvents {
  /** A mention of an entity at a token, with its prominence there (see {@link Positions}). */
  static final class Event {
    final int token;
    final Entity entity;
    double weight;

    Event(int token, Entity entity, double weight) {
      this.token = token;
      this.entity = entity;
      this.weight = weight;
    }
  }

  /** Events by token; at one token, in the order they were recorded. */
  private final NavigableMap<Integer, List<Event>> byToken = new TreeMap<>();

  void add(int token, Entity e, double weight) {
    byToken.computeIfAbsent(token, k -> new ArrayList<>(1)).add(new Event(token, e, weight));
  }

  /** Raises the weight of the entity's mention at the token, if there is one. */
  void promote(int token, Entity e, double weight) {
    for (Event ev : byToken.getOrDefault(token, Collections.emptyList())) {
      if (ev.entity == e) {
        ev.weight = Math.max(ev.weight, weight);
        return;
      }
    }
  }

  /** The events before token i, most recent first (at one token, the last recorded first). */
  Iterable<Event> before(int i) {
    return () -> new Iterator<>() {
      private final Iterator<Map.Entry<Integer, List<Event>>> tokens =
          byToken.headMap(i, false).descendingMap().entrySet().iterator();
      private List<Event> at = List.of();
      private int k = -1;

      @Override
      public boolean hasNext() {
        while (k < 0 && tokens.hasNext()) {
          at = tokens.next().getValue();
          k = at.size() - 1;
        }
        return k >= 0;
      }

      @Override
      public Event next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return at.get(k--);
      }
    };
  }
}
