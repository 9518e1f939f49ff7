/**
 * Quotable on Apache Spark: {@link io.github.quotable.spark.QuoteJob} reads articles (JSON Lines
 * or a folder of text files), extracts their quotations on the executors with one extractor per
 * executor, and writes one row per quotation as Parquet or JSON Lines.
 */
package io.github.quotable.spark;
