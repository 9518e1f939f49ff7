package io.github.quotable;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/** What is attributed: something said, something thought, or something a document shows. */
public enum QuoteKind {
  /** Speech or writing: said, told, wrote, tweeted, according to. */
  SPEECH,
  /** A belief, intention or attitude: believes, thinks, wants, hopes, plans. */
  THOUGHT,
  /** A finding of a poll, study or record: shows, found, indicates. */
  EVIDENCE;

  /**
   * The kinds named in a comma-separated list, in any case: {@code "speech,thought"}.
   *
   * @param list names of kinds, separated by commas
   * @return the kinds named
   * @throws IllegalArgumentException if a name is not a kind, or none is given
   */
  public static ImmutableSet<QuoteKind> parseList(String list) {
    Set<QuoteKind> out = EnumSet.noneOf(QuoteKind.class);
    for (String name : Splitter.on(',').trimResults().omitEmptyStrings().split(list)) {
      try {
        out.add(valueOf(Ascii.toUpperCase(name)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("kinds are SPEECH, THOUGHT or EVIDENCE, not " + name,
            e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("name at least one kind: SPEECH, THOUGHT or EVIDENCE");
    }
    return Sets.immutableEnumSet(out);
  }
}
