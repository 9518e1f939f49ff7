package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>(256);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return entries(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon " + name, e);
    }
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
