package io.github.quotable.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.QuoteExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each worst case grows linearly: four times the input costs about four times the CPU time,
 * where a quadratic path would cost sixteen. The bound (ten) is loose on purpose, and CPU time
 * of the test's own thread is measured (best of three, after a warm-up on both texts) so a busy
 * machine does not make it fail.
 */
class LinearTimeTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final double MAX_RATIO = 10;

  static Stream<Arguments> worstCases() {
    return Stream.of(
        worstCase("quotation marks", WorstCases::quotationMarks, 10_000),
        worstCase("article", WorstCases::article, 60_000),
        worstCase("line without spaces", WorstCases::lineWithoutSpaces, 50_000),
        worstCase("one word of abbreviation dots", WorstCases::dottedWord, 20_000),
        worstCase("nested marks", WorstCases::nestedMarks, 5_000),
        worstCase("unclosed quotation at the start", WorstCases::unclosedAtStart, 60_000),
        worstCase("one sentence of cues", WorstCases::oneSentenceOfCues, 2_000),
        worstCase("pronouns without full stops", WorstCases::pronounsWithoutStops, 1_000),
        worstCase("labels in capitals inside a paragraph", WorstCases::labelsInsideAParagraph,
            2_000),
        worstCase("one speaker, many quotations", WorstCases::oneSpeakerManyQuotes, 2_000),
        worstCase("many speakers, one surname", WorstCases::manySpeakers, 500),
        worstCase("single openers, double closers",
            WorstCases::singleOpenersThenDoubleClosers, 5_000),
        worstCase("run of capitalised words", WorstCases::capitalisedRun, 10_000),
        worstCase("headline of capitalised abbreviations", WorstCases::titleCaseHeadline, 100));
  }

  private static Arguments worstCase(String name, IntFunction<String> make, int size) {
    return Arguments.of(Named.of(name, make), size);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("worstCases")
  void fourTimesTheInputCostsAboutFourTimesTheTime(IntFunction<String> make, int size) {
    String small = make.apply(size);
    String large = make.apply(size * 4);
    cpuNanos(small); // warm-up on both sizes: a path only the larger text takes is compiled
    cpuNanos(large); // during its first extractions, which would count against it
    double ratio = (double) cpuNanos(large) / Math.max(1, cpuNanos(small));
    assertThat(ratio).as("CPU time of %s chars over %s chars", large.length(), small.length())
        .isLessThan(MAX_RATIO);
  }

  /** The least CPU time of three extractions of the text, in nanoseconds. */
  private static long cpuNanos(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = CPU.getCurrentThreadCpuTime();
      EXTRACTOR.extract(text);
      best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
    }
    return best;
  }
}
