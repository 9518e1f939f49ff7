package io.github.quotable.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import io.github.quotable.QuoteType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode against the plain library, field by field. */
class QuoteJobSparkTest {
  private static final QuoteExtractor LIBRARY = QuoteExtractor.builder().build();
  private static SparkSession spark;

  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  @Test
  void jsonLinesToParquetGivesTheLibrarysRowsOnEveryField() throws IOException {
    Path output = tmp.resolve("quotes");
    assertThat(run(Corpus.JSON_LINES.toString(), output.toString())).as(this::errors)
        .isZero();

    Dataset<Row> written = spark.read().parquet(output.toString());
    assertThat(written.columns()).containsExactlyElementsOf(QuoteRow.COLUMNS);
    List<QuoteRow> expected = Corpus.libraryRows(Corpus.jsonLines(Corpus.JSON_LINES), LIBRARY);
    assertThat(sorted(read(written))).containsExactlyElementsOf(sorted(expected));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("quotable-spark: 6 articles")
        .contains(expected.size() + " quotations");
  }

  @Test
  void theTestCorpusCoversEveryTypeAndKindAndAnArticleWithoutQuotations() throws IOException {
    Map<String, String> articles = Corpus.jsonLines(Corpus.JSON_LINES);
    articles.putAll(Corpus.textFolder(Corpus.TEXT_FOLDER));
    List<QuoteRow> rows = Corpus.libraryRows(articles, LIBRARY);
    assertThat(rows).extracting(QuoteRow::type)
        .contains(Arrays.stream(QuoteType.values()).map(Enum::name).toArray(String[]::new));
    assertThat(rows).extracting(QuoteRow::kind)
        .contains(Arrays.stream(QuoteKind.values()).map(Enum::name).toArray(String[]::new));
    assertThat(rows).extracting(QuoteRow::speaker).containsNull();
    assertThat(rows).filteredOn(r -> r.roles().size() > 0).isNotEmpty();
    assertThat(rows).filteredOn(r -> r.addressee() != null).isNotEmpty();
    assertThat(rows).filteredOn(r -> r.medium() != null).isNotEmpty();
    assertThat(rows).extracting(QuoteRow::id).doesNotContain("weather", "empty");
  }

  @Test
  void jsonOutputIsJsonLinesInTheLibrarysOrder() throws IOException {
    Path output = tmp.resolve("quotes-json");
    assertThat(run("--json", "--partitions", "1", Corpus.JSON_LINES.toString(),
        output.toString())).as(this::errors).isZero();

    List<String> lines = partFiles(output, ".json").flatMap(p -> Corpus.read(p).lines())
        .toList();
    List<QuoteRow> expected = Corpus.libraryRows(Corpus.jsonLines(Corpus.JSON_LINES), LIBRARY);
    assertThat(lines).hasSize(expected.size()).allMatch(l -> l.startsWith("{\"id\":"));
    List<QuoteRow> actual = read(spark.read().schema(QuotationRows.SCHEMA)
        .json(output.toString()));
    // One partition, one file: the rows come back exactly in the library's order.
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void aFolderOfTextFilesIsReadWithFileNamesAsIdsAndOtherFilesIgnored() throws IOException {
    Path output = tmp.resolve("quotes-text");
    assertThat(run("--text", Corpus.TEXT_FOLDER.toString(), output.toString()))
        .as(this::errors).isZero();

    List<QuoteRow> actual = read(spark.read().parquet(output.toString()));
    Map<String, String> articles = Corpus.textFolder(Corpus.TEXT_FOLDER);
    assertThat(articles).containsOnlyKeys("harbour-bridge", "transfer-saga", "vaccine-study");
    assertThat(sorted(actual)).containsExactlyElementsOf(
        sorted(Corpus.libraryRows(articles, LIBRARY)));
    assertThat(actual).extracting(QuoteRow::content).noneMatch(c -> c.contains("reader"));
  }

  @Test
  void optionsReachTheExecutorsWhichBuildOneExtractorForManyPartitions() throws IOException {
    int before = Extractors.builds();
    Path output = tmp.resolve("speech");
    for (int i = 0; i < 2; i++) {
      assertThat(run("--overwrite", "--partitions", "5", "--kinds", "speech",
          "--min-confidence", "0.8", Corpus.JSON_LINES.toString(), output.toString()))
          .as(this::errors).isZero();
    }
    assertThat(Extractors.builds() - before).isEqualTo(1);

    QuoteExtractor filtered = QuoteExtractor.builder().kinds(QuoteKind.SPEECH)
        .minConfidence(0.8).build();
    List<QuoteRow> expected = Corpus.libraryRows(Corpus.jsonLines(Corpus.JSON_LINES), filtered);
    assertThat(expected).isNotEmpty()
        .hasSizeLessThan(Corpus.libraryRows(Corpus.jsonLines(Corpus.JSON_LINES), LIBRARY).size());
    assertThat(sorted(read(spark.read().parquet(output.toString()))))
        .containsExactlyElementsOf(sorted(expected));
  }

  @Test
  void anExistingOutputIsKeptUnlessOverwriteIsGiven() throws IOException {
    Path output = Files.createDirectories(tmp.resolve("taken"));
    Files.writeString(output.resolve("keep.txt"), "mine");

    assertThat(run(Corpus.JSON_LINES.toString(), output.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists").hasLineCount(1);
    assertThat(output.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void aMissingInputFailsWithOneLine() {
    assertThat(run(tmp.resolve("nothing-here.jsonl").toString(), tmp.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist").hasLineCount(1);
  }

  @Test
  void anArticleWithoutTextFailsTheJobNamingIt() throws IOException {
    Path input = tmp.resolve("broken.jsonl");
    Files.writeString(input, "{\"id\": \"ok\", \"text\": \"Hi.\"}\n{\"id\": \"blank\"}\n");

    assertThat(run(input.toString(), tmp.resolve("o").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualToIgnoringNewLines("quotable-spark: article blank has no \"text\"");
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return QuoteJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static List<QuoteRow> read(Dataset<Row> written) {
    // Reading the output back into the test is the only collect: the job itself never does.
    return written.collectAsList().stream().map(QuoteRow::fromOutput).toList();
  }

  private static List<QuoteRow> sorted(List<QuoteRow> rows) {
    return rows.stream().sorted(QuoteRow.BY_ARTICLE_AND_OFFSET).toList();
  }

  private static Stream<Path> partFiles(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-")
          && f.getFileName().toString().endsWith(suffix)).sorted().toList().stream();
    }
  }
}
