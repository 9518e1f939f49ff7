package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short fuzz run of the test suite: a few thousand mutated articles (the sample article and,
 * when present, some of the shared corpora) on two threads, with zero failures. The long run
 * is {@link FuzzRun}: {@code mvn -B -q test-compile exec:java
 * -Dexec.mainClass=io.github.quotable.robust.FuzzRun -Dexec.args=1000000}.
 */
class FuzzTest {
  private static final int INPUTS = 3_000;

  @Test
  void mutatedArticlesGiveValidResultsOnTwoThreads() throws InterruptedException {
    long seed = Long.getLong("quotable.fuzz.seed", System.nanoTime() % 1_000_000);
    FuzzInputs inputs = new FuzzInputs(FuzzInputs.seedArticles(100), seed);
    Fuzzer fuzzer = new Fuzzer(inputs, 2, 20_000);
    List<String> failures = fuzzer.run(INPUTS, INPUTS, n -> { });
    assertThat(failures).as("replay with -Dquotable.fuzz.seed=%s (%s seed articles)", seed,
        inputs.articleCount()).isEmpty();
    assertThat(fuzzer.done()).isEqualTo(INPUTS);
  }

  @Test
  void anInputIsTheSameEveryTimeItIsMade() {
    FuzzInputs a = new FuzzInputs(FuzzInputs.seedArticles(3), 42);
    FuzzInputs b = new FuzzInputs(FuzzInputs.seedArticles(3), 42);
    for (long i = 0; i < 200; i++) {
      assertThat(b.input(i)).isEqualTo(a.input(i));
    }
  }

  @Test
  void mutationsDamageTheText() {
    FuzzInputs inputs = new FuzzInputs(List.of(FuzzInputs.sampleArticle()), 5);
    long changed = java.util.stream.LongStream.range(0, 200).mapToObj(inputs::input)
        .filter(s -> !FuzzInputs.sampleArticle().contains(s)).count();
    assertThat(changed).isGreaterThan(150);
  }

  @Test
  void everyMutationTakesAnyTextIncludingTheEmptyOne() {
    java.util.Random r = new java.util.Random(9);
    for (Mutations m : Mutations.values()) {
      for (String s : List.of("", "x", "“", "\uD800", "a\n\nb", FuzzInputs.sampleArticle())) {
        for (int k = 0; k < 20; k++) {
          assertThat(m.apply(s, r)).as(m.name()).isNotNull();
        }
      }
    }
  }
}
