package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
      return entries(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon " + name, e);
    }
  }

  /**
   * The entries of a resource's bytes, as {@link #entries(List)} finds them in its lines, cut
   * from the bytes in one pass: at start-up this code runs interpreted, where a call per char
   * (to split lines, to find comments) cost a third of building the vocabulary. A '#', a line
   * break or an ASCII blank is never part of a longer UTF-8 sequence, so the bytes can be cut
   * where the text would be.
   */
  static ImmutableList<String> entries(byte[] text) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int from = 0;
    int comment = -1;
    for (int i = 0; i <= text.length; i++) {
      byte c = i < text.length ? text[i] : (byte) '\n';
      if (c == '#' && comment < 0) {
        comment = i;
      } else if (c == '\n' || c == '\r') {
        add(out, text, from, comment < 0 ? i : comment);
        from = i + 1;
        comment = -1;
      }
    }
    return out.build();
  }

  /** Adds text[from, to) stripped, unless that is empty. */
  private static void add(ImmutableList.Builder<String> out, byte[] text, int from, int to) {
    while (from < to && blank(text[from])) {
      from++;
    }
    while (to > from && blank(text[to - 1])) {
      to--;
    }
    if (from < to) {
      // strip() again for white space outside ASCII, which is rare
      String entry = new String(text, from, to - from, StandardCharsets.UTF_8).strip();
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
  }

  /** Whether an ASCII byte is white space as {@link Character#isWhitespace} says. */
  private static boolean blank(byte c) {
    return c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31;
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
