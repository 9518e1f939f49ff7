package io.github.quotable.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on a few threads and hands the results on in input order, so what
 * the command line prints does not depend on which thread finished first. A few tasks run
 * ahead of the one being handed on, never all, so memory stays bounded by the thread count.
 */
final class Batch {
  private Batch() {}

  static <T, R> void run(List<T> inputs, int threads, Function<T, R> task, Consumer<R> sink) {
    if (threads <= 1 || inputs.size() <= 1) {
      for (T input : inputs) {
        sink.accept(task.apply(input));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotable-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Queue<Future<R>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !ahead.isEmpty()) {
        while (next < inputs.size() && ahead.size() < 2 * threads) {
          T input = inputs.get(next++);
          ahead.add(pool.submit(() -> task.apply(input)));
        }
        sink.accept(await(ahead.remove()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The value of a task run on another thread, once it is done; what the task threw is thrown
   * as it is (tasks catch what they can report; anything else is a bug).
   */
  static <R> R await(Future<R> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }
}
