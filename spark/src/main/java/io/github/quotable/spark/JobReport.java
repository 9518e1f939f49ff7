package io.github.quotable.spark;

import java.util.Locale;

/**
 * What a run did, from the executors' counters: articles, their UTF-8 size, quotations, and the
 * time from reading the input to the last file written (the session's start-up excluded).
 *
 * @param articles articles extracted
 * @param bytes their text's size in UTF-8 bytes
 * @param quotations quotation rows written
 * @param partitions partitions the articles were spread over
 * @param seconds wall-clock seconds of the job
 */
record JobReport(long articles, long bytes, long quotations, int partitions, double seconds) {

  /** One line: {@code 840 articles (3.9 MB), 9000 quotations, 27 partitions, in 20.1 s: ...}. */
  @Override
  public String toString() {
    double mb = bytes / 1e6;
    return String.format(Locale.ROOT,
        "%d articles (%.1f MB), %d quotations, %d partitions, in %.1f s: %.1f articles/s,"
            + " %.3f MB/s", articles, mb, quotations, partitions, seconds, articles / seconds,
        mb / seconds);
  }
}
