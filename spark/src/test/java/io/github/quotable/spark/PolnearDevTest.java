package io.github.quotable.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.quotable.QuoteExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on real news, when the shared corpus lies beside the repository. */
class PolnearDevTest {
  private static final Path POLNEAR_DEV = Path.of("../../shared/corpus/polnear-dev");

  @TempDir Path tmp;

  @Test
  void polnearDevGivesTheLibrarysRowsOnEveryField() throws IOException {
    assumeTrue(Files.isDirectory(POLNEAR_DEV),
        () -> "skipped: " + POLNEAR_DEV.toAbsolutePath().normalize() + " is absent");
    Path output = tmp.resolve("polnear-dev");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    LocalSpark.session();

    int status = QuoteJob.run(new String[] {"--text", POLNEAR_DEV.toString(), output.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(() -> err.toString(StandardCharsets.UTF_8)).isZero();
    Map<String, String> articles = Corpus.textFolder(POLNEAR_DEV);
    List<QuoteRow> expected = Corpus.libraryRows(articles, QuoteExtractor.builder().build());
    List<QuoteRow> actual = LocalSpark.session().read().parquet(output.toString())
        .collectAsList().stream().map(QuoteRow::fromOutput).toList();
    assertThat(articles).hasSizeGreaterThan(50);
    assertThat(actual).hasSize(expected.size());
    assertThat(actual.stream().sorted(QuoteRow.BY_ARTICLE_AND_OFFSET).toList())
        .containsExactlyElementsOf(expected.stream().sorted(QuoteRow.BY_ARTICLE_AND_OFFSET)
            .toList());
  }
}
