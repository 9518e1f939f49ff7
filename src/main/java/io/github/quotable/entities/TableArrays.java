package io.github.quotable.entities;

import java.util.Arrays;

/**
 * The per-token arrays of an {@link EntityTable} and its {@link Salience}, which a thread lends
 * to each document it resolves and takes back for the next, as {@code text.Scratch} does the
 * token arrays: about a tenth of what extracting an article allocated. A document of more than
 * {@link #MAX_TOKENS} tokens gets arrays of its own, so a thread keeps little.
 */
final class TableArrays {
  /** The most tokens whose arrays are kept; nearly every news article has fewer. */
  static final int MAX_TOKENS = 1 << 14;
  private static final ThreadLocal<TableArrays> LENT = new ThreadLocal<>() {
    @Override
    protected TableArrays initialValue() {
      return new TableArrays();
    }
  };

  /** By token, the entity found there ({@link EntityTable#at}). */
  Entity[] atToken = new Entity[0];
  /** By token, the last mention event there ({@link MentionEvents}). */
  MentionEvents.Event[] events = new MentionEvents.Event[0];
  /**
   * Reused as it is: its queries are stamped with a count that only grows, so what an earlier
   * document left in it is never read.
   */
  final Salience salience = new Salience();

  /** Arrays cleared for a document of {@code tokens} tokens, this thread's if it keeps them. */
  static TableArrays lend(int tokens) {
    if (tokens > MAX_TOKENS) {
      TableArrays own = new TableArrays();
      own.atToken = new Entity[tokens];
      own.events = new MentionEvents.Event[tokens];
      return own;
    }
    TableArrays arrays = LENT.get();
    if (arrays.atToken.length < tokens) {
      arrays.atToken = new Entity[tokens];
      arrays.events = new MentionEvents.Event[tokens];
    } else {
      Arrays.fill(arrays.atToken, 0, tokens, null);
      Arrays.fill(arrays.events, 0, tokens, null);
    }
    return arrays;
  }
}
