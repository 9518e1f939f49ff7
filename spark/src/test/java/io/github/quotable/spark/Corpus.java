package io.github.quotable.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.quotable.QuoteExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Articles read the plain way (no Spark), and the rows the library gives for them. Jackson is
 * the one Spark brings; the project itself never parses JSON.
 */
final class Corpus {
  static final Path JSON_LINES = Path.of("src/test/resources/corpus/articles.jsonl");
  static final Path TEXT_FOLDER = Path.of("src/test/resources/corpus/text");

  private Corpus() {}

  /** id to text, in file order; a numeric id is taken as its digits, as the job reads it. */
  static Map<String, String> jsonLines(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> articles = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      articles.put(node.get("id").asText(), node.get("text").asText());
    }
    return articles;
  }

  /** NAME to the text of NAME.txt, for the folder's *.txt files only. */
  static Map<String, String> textFolder(Path folder) throws IOException {
    Map<String, String> articles = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".txt")) {
          articles.put(name.substring(0, name.length() - 4),
              Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return articles;
  }

  /** The library's quotations of every article, in article order then text order. */
  static List<QuoteRow> libraryRows(Map<String, String> articles, QuoteExtractor extractor) {
    List<QuoteRow> rows = new ArrayList<>();
    articles.forEach((id, text) -> extractor.extract(text).quotations()
        .forEach(q -> rows.add(QuoteRow.fromLibrary(id, q))));
    return rows;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
