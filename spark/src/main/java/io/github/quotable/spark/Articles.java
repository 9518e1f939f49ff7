package io.github.quotable.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the input as a table of articles with the columns {@code id} and {@code text}, both
 * strings: JSON Lines objects (other fields ignored; a numeric id is read as its digits), or a
 * folder of {@code NAME.txt} files, one article each, whose id is {@code NAME}.
 */
final class Articles {
  private Articles() {}

  static Dataset<Row> read(SparkSession spark, JobOptions options) {
    return options.textFiles() ? textFiles(spark, options.input())
        : jsonLines(spark, options.input());
  }

  /** Malformed lines stop the job with Spark's message naming the line, rather than vanish. */
  static Dataset<Row> jsonLines(SparkSession spark, String path) {
    return spark.read()
        .schema("id STRING, text STRING")
        .option("mode", "FAILFAST")
        .json(path);
  }

  /** Each file is read whole, as UTF-8 (malformed bytes become U+FFFD, as in the CLI). */
  static Dataset<Row> textFiles(SparkSession spark, String folder) {
    return spark.read()
        .option("wholetext", "true")
        .option("pathGlobFilter", "*.txt")
        .text(folder)
        .select(regexp_replace(col("_metadata.file_name"), "\\.txt$", "").as("id"),
            col("value").as("text"));
  }
}
