package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads default lexicons on a thread of its own, in the order the vocabulary builder takes
 * them, so that the builder parses one lexicon while the next is read. At start-up, running
 * interpreted, reading and splitting the resources is about a third of building the default
 * vocabulary, which is most of the time to the first result.
 */
final class DefaultsReader implements Runnable {
  private final Map<Lexicon, CompletableFuture<ImmutableList<String>>> read =
      new EnumMap<>(Lexicon.class);

  private DefaultsReader(Set<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      read.put(l, new CompletableFuture<>());
    }
  }

  /** A reader of the given lexicons' defaults, started (no thread when there are none). */
  static DefaultsReader start(Set<Lexicon> lexicons) {
    DefaultsReader reader = new DefaultsReader(lexicons);
    if (!lexicons.isEmpty()) {
      Thread t = new Thread(reader, "quotable-lexicon-reader");
      t.setDaemon(true);
      t.start();
    }
    return reader;
  }

  @Override
  public void run() {
    // EnumMap iterates in the order of Lexicon.values(), the builder's order
    for (Map.Entry<Lexicon, CompletableFuture<ImmutableList<String>>> e : read.entrySet()) {
      try {
        e.getValue().complete(LexiconSource.defaults(e.getKey()));
      } catch (RuntimeException | Error failure) {
        e.getValue().completeExceptionally(failure);
      }
    }
  }

  /**
   * The default entries of a lexicon this reader was started for, once read; what reading it
   * threw is thrown here, on the caller's thread.
   */
  ImmutableList<String> entries(Lexicon lexicon) {
    try {
      return read.get(lexicon).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw cause instanceof RuntimeException r ? r : e;
    }
  }
}
