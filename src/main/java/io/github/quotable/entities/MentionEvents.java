package io.github.quotable.entities;

import java.util.BitSet;

/**
 * Every mention of an entity by the token it starts at, with its prominence there, in token
 * order whatever the order they were recorded in (names are scanned first, sources resolved
 * later, anywhere in the text). Recording a mention takes constant time; reading backwards
 * from a token skips the tokens without mentions a machine word at a time.
 */
final class MentionEvents {
  /** A mention of an entity at a token, with its prominence there (see {@link Positions}). */
  static final class Event {
    final int token;
    final Entity entity;
    double weight;
    /** The event recorded before this one at the same token, or null. */
    final Event earlier;

    Event(int token, Entity entity, double weight, Event earlier) {
      this.token = token;
      this.entity = entity;
      this.weight = weight;
      this.earlier = earlier;
    }
  }

  /** By token, the event recorded there last; the others follow {@link Event#earlier}. */
  private final Event[] latest;
  private final BitSet tokens;

  /** Events for {@code size} tokens, kept by token in {@code latest}, which must be clear. */
  MentionEvents(int size, Event[] latest) {
    this.latest = latest;
    tokens = new BitSet(size);
  }

  void add(int token, Entity e, double weight) {
    latest[token] = new Event(token, e, weight, latest[token]);
    tokens.set(token);
  }

  /** Raises the weight of the entity's first recorded mention at the token, if there is one. */
  void promote(int token, Entity e, double weight) {
    Event first = null;
    for (Event ev = latest[token]; ev != null; ev = ev.earlier) {
      if (ev.entity == e) {
        first = ev;
      }
    }
    if (first != null) {
      first.weight = Math.max(first.weight, weight);
    }
  }

  /**
   * The last token before {@code i} with a mention, or -1. Read backwards with {@link #at}:
   * {@code for (int k = previous(i); k >= 0; k = previous(k))}.
   */
  int previous(int i) {
    return i <= 0 ? -1 : tokens.previousSetBit(i - 1);
  }

  /** The last event recorded at the token; earlier ones follow {@link Event#earlier}. */
  Event at(int token) {
    return latest[token];
  }
}
