package io.github.quotable.entities;

import java.util.Arrays;

/**
 * The salience of the entities near a token, in the order they were first met going back
 * (see {@link EntityTable#salience}): per entity, the best weight of its mentions in each
 * sentence, summed. Per-entity state lives in arrays indexed by {@link Entity#id}, stamped
 * with the query it belongs to, so no map is built and no weight boxed for a query.
 */
final class Salience {
  private Entity[] entities = new Entity[16];
  private double[] scores = new double[16];
  private int size;
  private int query;
  /** By entity id: the query that last saw it, its slot, its last sentence, its best there. */
  private int[] seenIn = new int[16];
  private int[] slot = new int[16];
  private int[] lastSentence = new int[16];
  private double[] best = new double[16];

  /** Starts a new query for a document of {@code entityCount} entities so far. */
  void clear(int entityCount) {
    size = 0;
    if (++query == 0) {
      // the count wrapped (the salience is reused document after document): no stale stamp
      // may equal it
      Arrays.fill(seenIn, 0);
      query = 1;
    }
    if (entityCount > seenIn.length) {
      growEntities(entityCount); // rare: the growth kept out of what the compiler inlines
    }
  }

  private void growEntities(int entityCount) {
    int n = Math.max(entityCount, seenIn.length * 2);
    seenIn = Arrays.copyOf(seenIn, n);
    slot = Arrays.copyOf(slot, n);
    lastSentence = Arrays.copyOf(lastSentence, n);
    best = Arrays.copyOf(best, n);
  }

  private void growSlots() {
    entities = Arrays.copyOf(entities, size * 2);
    scores = Arrays.copyOf(scores, size * 2);
  }

  /** Adds a mention of weight w in a sentence, met after (before in the text) the others. */
  void add(Entity e, double w, int sentence) {
    int id = e.id;
    if (seenIn[id] != query) {
      seenIn[id] = query;
      if (size == entities.length) {
        growSlots();
      }
      slot[id] = size;
      entities[size] = e;
      scores[size] = w;
      size++;
    } else if (lastSentence[id] == sentence) {
      if (w > best[id]) {
        scores[slot[id]] += w - best[id];
        best[id] = w;
      }
      return;
    } else {
      scores[slot[id]] += w;
    }
    lastSentence[id] = sentence;
    best[id] = w;
  }

  int size() {
    return size;
  }

  Entity entity(int k) {
    return entities[k];
  }

  double score(int k) {
    return scores[k];
  }
}
