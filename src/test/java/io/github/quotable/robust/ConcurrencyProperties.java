package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** One extractor shared by 8 threads gives each text exactly the result it gives alone. */
class ConcurrencyProperties {
  private static final int THREADS = 8;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  @AfterContainer
  static void stopThreads() {
    POOL.shutdownNow();
  }

  @Provide
  Arbitrary<List<String>> articles() {
    return Texts.mutatedArticles().list().ofMinSize(4).ofMaxSize(16);
  }

  @Property(tries = 25)
  void eightThreadsSharingOneExtractorGetTheSequentialResults(
      @ForAll("articles") List<String> texts) throws Exception {
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    List<ArticleQuotes> alone = new ArrayList<>();
    for (String t : texts) {
      alone.add(extractor.extract(t));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<ArticleQuotes>>> workers = new ArrayList<>();
    for (int w = 0; w < THREADS; w++) {
      long seed = w;
      workers.add(POOL.submit(() -> {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        ArticleQuotes[] got = new ArticleQuotes[texts.size()];
        start.await();
        for (int i : order) {
          got[i] = extractor.extract(texts.get(i));
        }
        return List.of(got);
      }));
    }
    start.countDown();
    for (Future<List<ArticleQuotes>> w : workers) {
      assertThat(w.get()).isEqualTo(alone);
    }
  }
}
