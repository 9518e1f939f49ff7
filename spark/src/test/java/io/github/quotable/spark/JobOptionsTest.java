package io.github.quotable.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotable.QuoteKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, without starting Spark. */
class JobOptionsTest {

  @Test
  void defaultsAreJsonLinesInParquetOutTheLibrarysSettingsAndNoOverwrite() throws Exception {
    JobOptions o = JobOptions.parse("in.jsonl", "out");
    assertThat(o.input()).isEqualTo("in.jsonl");
    assertThat(o.output()).isEqualTo("out");
    assertThat(o.textFiles()).isFalse();
    assertThat(o.json()).isFalse();
    assertThat(o.overwrite()).isFalse();
    assertThat(o.partitions()).isZero();
    assertThat(o.settings()).isEqualTo(ExtractorSettings.defaults());
  }

  @Test
  void everyOptionIsRead() throws Exception {
    JobOptions o = JobOptions.parse("--text", "--json", "--overwrite", "--partitions", "8",
        "--min-confidence", "0.7", "--kinds", "speech, thought", "corpus/", "out/");
    assertThat(o.textFiles()).isTrue();
    assertThat(o.json()).isTrue();
    assertThat(o.overwrite()).isTrue();
    assertThat(o.partitions()).isEqualTo(8);
    assertThat(o.settings().minConfidence()).isEqualTo(0.7);
    assertThat(o.settings().kinds()).containsExactly(QuoteKind.SPEECH, QuoteKind.THOUGHT);
    assertThat(o.input()).isEqualTo("corpus/");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "in                          | expected INPUT and OUTPUT, got 1 path (see --help)",
      "in out more                 | expected INPUT and OUTPUT, got 3 paths (see --help)",
      "--parquet in out            | unknown option --parquet (see --help)",
      "in out --partitions         | --partitions needs a value",
      "--partitions 0 in out       | --partitions takes a whole number above 0, not 0",
      "--min-confidence 2 in out   | --min-confidence takes a number from 0 to 1, not 2",
      "--kinds gossip in out       | --kinds: kinds are SPEECH, THOUGHT or EVIDENCE, not gossip",
  })
  void aBadCommandLineIsRefusedWithItsReason(String args, String reason) {
    assertThatThrownBy(() -> JobOptions.parse(args.split(" ")))
        .isInstanceOf(JobOptions.UsageException.class)
        .hasMessage(reason);
  }

  @Test
  void theEntryPointAnswersABadCommandLineWithOneLineAndStatusTwo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = QuoteJob.run(new String[] {"--json"}, print(out), print(err));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("quotable-spark: expected INPUT and OUTPUT, got 0 paths (see --help)"
            + System.lineSeparator());
    assertThat(out.size()).isZero();
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = QuoteJob.run(new String[] {"--help"}, print(out), print(out));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: QuoteJob")
        .contains("--text", "--json", "--overwrite", "--partitions");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
