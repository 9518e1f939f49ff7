package io.github.quotable.spark;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The job itself: articles in, one row per quotation out, written by the executors. Nothing but
 * the counters comes back to the driver.
 */
final class QuotationJob {
  private QuotationJob() {}

  static JobReport run(SparkSession spark, JobOptions options) {
    long began = System.nanoTime();
    Dataset<Row> articles = spread(spark, Articles.read(spark, options), options.partitions());
    int partitions = articles.rdd().getNumPartitions();
    JobCounters counters = new JobCounters(spark.sparkContext());
    Dataset<Row> quotations = articles.mapPartitions(
        new ExtractPartition(options.settings(), counters), Encoders.row(QuotationRows.SCHEMA));
    DataFrameWriter<Row> writer = quotations.write()
        .mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (options.json()) {
      writer.json(options.output());
    } else {
      writer.parquet(options.output());
    }
    return new JobReport(counters.articles(), counters.bytes(), counters.quotations(),
        partitions, (System.nanoTime() - began) / 1e9);
  }

  /**
   * A single JSON Lines file is often one partition, which would keep all but one core idle:
   * spread the articles over at least the default parallelism unless told how many to use.
   */
  private static Dataset<Row> spread(SparkSession spark, Dataset<Row> articles, int partitions) {
    if (partitions > 0) {
      return articles.repartition(partitions);
    }
    int cores = spark.sparkContext().defaultParallelism();
    return articles.rdd().getNumPartitions() < cores ? articles.repartition(cores) : articles;
  }
}
