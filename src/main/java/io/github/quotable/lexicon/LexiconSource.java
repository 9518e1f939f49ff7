package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the lines of a lexicon: the default resource file, without comments and blanks. */
public final class LexiconSource {
  private LexiconSource() {}

  /** The default entries of a lexicon. */
  public static ImmutableList<String> defaults(Lexicon lexicon) {
    return resource(lexicon.resource());
  }

  static ImmutableList<String> resource(String name) {
    // Class.getResourceAsStream, not Guava's Resources: in a named module a resource of a
    // package that is not opened is readable only by code of this module.
    try (InputStream in = LexiconSource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the lexicon " + name + " is missing from the jar of "
            + LexiconSource.class.getModule());
      }
      return entries(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon " + name, e);
    }
  }

  /**
   * The entries of a resource's text, as {@link #entries(List)} finds them in its lines: read
   * whole and cut here at each line end found by {@code indexOf}. This runs interpreted at
   * start-up, where a loop of our own over the text's chars (three calls per char) was half the
   * time to build the default vocabulary.
   */
  static ImmutableList<String> entries(String text) {
    List<String> lines = new ArrayList<>(256);
    for (int from = 0; from < text.length(); ) {
      int newline = text.indexOf('\n', from);
      int end = newline < 0 ? text.length() : newline;
      String line = text.substring(from, end);
      // a line ends where BufferedReader.readLine ends it: at \n, \r or both
      if (line.indexOf('\r') >= 0) {
        lines.addAll(Arrays.asList(line.split("\r")));
      } else {
        lines.add(line);
      }
      from = end + 1;
    }
    return entries(lines);
  }

  /** Entries of lines: each without its comment and surrounding blanks; empty ones dropped. */
  public static ImmutableList<String> entries(List<String> lines) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return out.build();
  }
}
