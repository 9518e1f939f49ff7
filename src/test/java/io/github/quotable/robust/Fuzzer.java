package io.github.quotable.robust;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.ResultInvariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs inputs through one shared extractor on several threads and collects every failure: an
 * exception, a broken invariant ({@link ResultInvariants#violations}), or an input that runs
 * longer than the stall limit (reported while it runs, by a watchdog).
 */
final class Fuzzer {
  private final QuoteExtractor extractor = QuoteExtractor.builder().build();
  private final FuzzInputs inputs;
  private final int threads;
  private final long stallMillis;
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong done = new AtomicLong();

  Fuzzer(FuzzInputs inputs, int threads, long stallMillis) {
    this.inputs = inputs;
    this.threads = threads;
    this.stallMillis = stallMillis;
  }

  /** Runs inputs [0, count); calls progress with the number done every {@code every}. */
  List<String> run(long count, long every, LongConsumer progress) throws InterruptedException {
    long[] current = new long[threads];
    long[] since = new long[threads];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Thread watchdog = new Thread(() -> watch(current, since), "fuzz-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int worker = w;
      workers.add(pool.submit(() -> {
        for (long i = worker; i < count; i += threads) {
          synchronized (current) {
            current[worker] = i;
            since[worker] = System.nanoTime();
          }
          one(i);
          long n = done.incrementAndGet();
          if (n % every == 0) {
            progress.accept(n);
          }
        }
        synchronized (current) {
          since[worker] = 0;
        }
      }));
    }
    pool.shutdown();
    pool.awaitTermination(365, TimeUnit.DAYS);
    watchdog.interrupt();
    for (Future<?> f : workers) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add("worker died: " + e.getCause());
      }
    }
    return List.copyOf(failures);
  }

  long done() {
    return done.get();
  }

  private void one(long i) {
    String text = null;
    try {
      text = inputs.input(i);
      ArticleQuotes result = extractor.extract(text);
      List<String> broken = ResultInvariants.violations(text, result);
      if (!broken.isEmpty()) {
        failures.add("input " + i + " (" + text.length() + " chars): " + broken.get(0));
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      failures.add("input " + i + " (" + (text == null ? "?" : text.length()) + " chars): "
          + e + " at " + java.util.Arrays.stream(e.getStackTrace()).limit(4)
              .map(StackTraceElement::toString).collect(java.util.stream.Collectors.joining(" < ")));
    }
  }

  private void watch(long[] current, long[] since) {
    long[] reported = new long[current.length];
    java.util.Arrays.fill(reported, -1);
    try {
      while (true) {
        Thread.sleep(Math.max(100, stallMillis / 4));
        synchronized (current) {
          for (int w = 0; w < current.length; w++) {
            long ms = since[w] == 0 ? 0 : (System.nanoTime() - since[w]) / 1_000_000;
            if (ms > stallMillis && reported[w] != current[w]) {
              reported[w] = current[w];
              failures.add("input " + current[w] + " has run for over " + stallMillis + " ms");
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
