package io.github.quotable.spark;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on an executor over one partition of articles ({@code id}, {@code text}) and yields their
 * quotation rows lazily, one article at a time, with the executor's shared extractor.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private final ExtractorSettings settings;
  private final JobCounters counters;

  ExtractPartition(ExtractorSettings settings, JobCounters counters) {
    this.settings = settings;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    QuoteExtractor extractor = Extractors.get(settings);
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && articles.hasNext()) {
          current = extract(extractor, articles.next());
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private Iterator<Row> extract(QuoteExtractor extractor, Row article) {
    String id = article.getString(0);
    String text = article.getString(1);
    if (id == null) {
      throw new IllegalArgumentException("an article has no \"id\""
          + (text == null ? "" : "; its text begins: " + text.substring(0,
          Math.min(60, text.length()))));
    }
    if (text == null) {
      throw new IllegalArgumentException("article " + id + " has no \"text\"");
    }
    ArticleQuotes result = extractor.extract(text);
    counters.article(text, result.quotations().size());
    return QuotationRows.of(id, result).iterator();
  }
}
