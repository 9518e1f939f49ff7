package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import io.github.quotable.text.Blanks;
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
    try (InputStream in = LexiconSource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("resource " + name + " relative to "
            + LexiconSource.class.getName() + " not found.");
      }
      return entries(lines(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon " + name, e);
    }
  }

  /** The lines of a text, ended by \n, \r\n or \r. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(256);
    int from = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(from, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    if (from < n) {
      out.add(text.substring(from));
    }
    return out;
  }

  /** Entries of lines: each without its comment and surrounding blanks; empty ones dropped. */
  public static ImmutableList<String> entries(List<String> lines) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String entry = Blanks.trim(hash < 0 ? line : line.substring(0, hash));
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return out.build();
  }
}
