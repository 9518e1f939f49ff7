package io.github.quotable.robust;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The inputs of a fuzz run: real articles, whole (one in ten) or a run of one to four of their
 * paragraphs, each damaged by one to five {@link Mutations}.
 * Input {@code i} of a run is a pure function of the run's seed and {@code i}, so any failure
 * can be replayed alone.
 */
final class FuzzInputs {
  private static final Mutations[] ALL = Mutations.values();
  private final List<String> articles;
  private final long seed;

  FuzzInputs(List<String> articles, long seed) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no seed articles");
    }
    this.articles = List.copyOf(articles);
    this.seed = seed;
  }

  int articleCount() {
    return articles.size();
  }

  /** Input number i: a seed article and the mutations applied to it. */
  String input(long i) {
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + i);
    String s = articles.get(r.nextInt(articles.size()));
    if (r.nextInt(10) != 0) {
      s = paragraphs(s, r, 1 + r.nextInt(4));
    }
    for (int k = 1 + r.nextInt(5); k > 0; k--) {
      s = ALL[r.nextInt(ALL.length)].apply(s, r);
    }
    return s;
  }

  /** A run of up to n paragraphs (lines) of the text, from a random line on. */
  private static String paragraphs(String s, Random r, int n) {
    int lines = 1;
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      lines++;
    }
    int skip = r.nextInt(lines);
    int start = 0;
    for (int k = 0; k < skip; k++) {
      start = s.indexOf('\n', start) + 1;
    }
    int end = start;
    for (int k = 0; k < n && end >= 0 && end < s.length(); k++) {
      end = s.indexOf('\n', end + 1);
    }
    return s.substring(start, end < 0 ? s.length() : end);
  }

  /** The sample article shipped with the project. */
  static String sampleArticle() {
    try {
      return Resources.toString(Resources.getResource(
          "io/github/quotable/examples/sample-article.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared corpora's articles ({@code ../shared/corpus/*}), none if absent; at most max. */
  static List<String> sharedArticles(int max) {
    Path root = Path.of(System.getProperty("quotable.shared", "../shared")).resolve("corpus");
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(root, 2)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        if (out.size() == max) {
          break;
        }
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The sample article and up to {@code max} shared articles. */
  static List<String> seedArticles(int max) {
    List<String> out = new ArrayList<>();
    out.add(sampleArticle());
    out.addAll(sharedArticles(max));
    return out;
  }
}
