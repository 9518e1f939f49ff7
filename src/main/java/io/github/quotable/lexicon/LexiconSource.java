package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
   * whole and cut here, without a reader that decodes it a char at a time, interpreted at
   * start-up.
   */
  private static ImmutableList<String> entries(String text) {
    List<String> lines = new ArrayList<>(256);
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      // a line ends where BufferedReader.readLine ends it: at \n, \r or both
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > from) {
          lines.add(text.substring(from, i));
        }
        from = i + 1;
      }
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
