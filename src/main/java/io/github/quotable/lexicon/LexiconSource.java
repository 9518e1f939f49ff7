package io.github.quotable.lexicon;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import io.github.quotable.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
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
    // Class.getResource, not Guava's Resources.getResource: in a named module a resource of a
    // package that is not opened is readable only by code of this module, and Guava's method
    // would make the call from com.google.common and find nothing.
    URL url = LexiconSource.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("the lexicon " + name + " is missing from the jar of "
          + LexiconSource.class.getModule());
    }
    try {
      return entries(Resources.readLines(url, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon " + name, e);
    }
  }

  /** Entries of lines: each without its comment and surrounding blanks; empty ones dropped. */
  public static ImmutableList<String> entries(List<String> lines) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String entry = CharMatcher.whitespace().trimFrom(hash < 0 ? line : line.substring(0, hash));
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return out.build();
  }
}
