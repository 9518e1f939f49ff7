package io.github.quotable.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors report back while they extract: articles, their UTF-8 bytes and the
 * quotations found. Accumulators travel with the tasks, so the driver learns the totals without
 * collecting a single row. A retried task counts twice, so under failures the figures are upper
 * bounds.
 */
final class JobCounters implements Serializable {
  private final LongAccumulator articles;
  private final LongAccumulator bytes;
  private final LongAccumulator quotations;

  JobCounters(SparkContext context) {
    articles = context.longAccumulator("quotable articles");
    bytes = context.longAccumulator("quotable article bytes");
    quotations = context.longAccumulator("quotable quotations");
  }

  void article(String text, int quotationCount) {
    articles.add(1);
    bytes.add(utf8Length(text));
    quotations.add(quotationCount);
  }

  long articles() {
    return articles.value();
  }

  long bytes() {
    return bytes.value();
  }

  long quotations() {
    return quotations.value();
  }

  /** The length of the text in UTF-8, without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
