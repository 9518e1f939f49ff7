package io.github.quotable.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The news text the benchmarks read: the articles (*.txt) of the folder named by the system
 * property {@code quotable.corpus}, by default {@code ../shared/corpus/polnear-train} (read where
 * it lies, never copied into the project); when that folder is absent, the sample article
 * shipped in the library. Sizes are UTF-8 bytes; 1 MB is 1,000,000 bytes.
 */
final class Corpus {
  static final String PROPERTY = "quotable.corpus";
  static final String DEFAULT_FOLDER = "../shared/corpus/polnear-train";
  private static final String SAMPLE = "/io/github/quotable/examples/sample-article.txt";

  private final String source;
  private final List<String> articles;
  private final long bytes;

  private Corpus(String source, List<String> articles) {
    this.source = source;
    this.articles = List.copyOf(articles);
    this.bytes = articles.stream().mapToLong(Corpus::bytes).sum();
  }

  /** The corpus of the system property's folder, or the default one, or the sample. */
  static Corpus load() {
    Path folder = Path.of(System.getProperty(PROPERTY, DEFAULT_FOLDER));
    if (Files.isDirectory(folder)) {
      List<String> texts = new ArrayList<>();
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the corpus " + folder, e);
      }
      if (!texts.isEmpty()) {
        return new Corpus(folder.toAbsolutePath().normalize().toString(), texts);
      }
    }
    return new Corpus("the sample article " + SAMPLE + " (no corpus at " + folder + ")",
        List.of(sample()));
  }

  private static String sample() {
    try (InputStream in = Corpus.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the sample article is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String source() {
    return source;
  }

  List<String> articles() {
    return articles;
  }

  /** The UTF-8 size of all the articles. */
  long bytes() {
    return bytes;
  }

  double megabytes() {
    return bytes / 1e6;
  }

  /**
   * {@code count} long articles of at least {@code minBytes} each, made by joining real
   * articles in order with a blank line (cycling through the corpus when it runs out), so that
   * joining the results again with a blank line gives one article made the same way.
   */
  List<String> concatenated(int count, long minBytes) {
    List<String> out = new ArrayList<>();
    int next = 0;
    for (int k = 0; k < count; k++) {
      StringBuilder sb = new StringBuilder();
      long size = 0;
      while (size < minBytes) {
        String a = articles.get(next++ % articles.size()).strip();
        if (sb.length() > 0) {
          sb.append("\n\n");
          size += 2;
        }
        sb.append(a);
        size += bytes(a);
      }
      out.add(sb.toString());
    }
    return out;
  }

  static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
