package io.github.quotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The promises every result keeps, checked in one place (as Lucene checks offsets in
 * BaseTokenStreamTestCase): spans inside the text with their own characters and never
 * splitting a surrogate pair, quotations non-empty, in order and not overlapping, speakers'
 * mentions valid too, every listed speaker speaking, and the JSON free of raw control
 * characters and lone surrogates.
 *
 * <p>{@link #violations} says what is wrong without throwing (for the fuzzer, which counts);
 * {@link #check} asserts there is nothing (for tests).
 */
public final class ResultInvariants {
  private ResultInvariants() {}

  /** Asserts every invariant; returns the result for chaining. */
  public static ArticleQuotes check(String text, ArticleQuotes result) {
    assertThat(violations(text, result)).as("invariants of the result for a text of %s chars",
        text.length()).isEmpty();
    return result;
  }

  /** What the result breaks, one line each; empty when it keeps every promise. */
  public static List<String> violations(String text, ArticleQuotes result) {
    List<String> out = new ArrayList<>();
    Set<Speaker> listed = Collections.newSetFromMap(new IdentityHashMap<>());
    listed.addAll(result.speakers());
    Set<Speaker> speaking = Collections.newSetFromMap(new IdentityHashMap<>());
    int lastEnd = 0;
    for (Quotation q : result.quotations()) {
      span(text, q.content(), q, out);
      if (q.content().length() == 0) {
        out.add("empty content " + q);
      }
      if (q.content().start() < lastEnd) {
        out.add("quotations overlap or are out of order at " + q);
      }
      lastEnd = Math.max(lastEnd, q.content().end());
      for (Optional<Span> s : List.of(q.cue(), q.speakerMention(), q.addressee(), q.medium())) {
        s.ifPresent(x -> span(text, x, q, out));
      }
      if (!(q.confidence() >= 0 && q.confidence() <= 1)) {
        out.add("confidence out of [0, 1] in " + q);
      }
      q.speaker().ifPresent(sp -> {
        speaking.add(sp);
        if (!listed.contains(sp)) {
          out.add("speaker of " + q + " is not among the result's speakers");
        }
      });
    }
    for (Speaker s : result.speakers()) {
      if (s.name().isBlank()) {
        out.add("blank speaker name " + s);
      }
      if (!speaking.contains(s)) {
        out.add("speaker " + s + " speaks no quotation");
      }
      s.mentions().forEach(m -> span(text, m, s, out));
    }
    json(result.toJson(), out);
    return out;
  }

  /** Checks a span of {@code owner} (a quotation or a speaker, named only on failure). */
  private static void span(String text, Span s, Object owner, List<String> out) {
    if (s.end() > text.length()) {
      out.add("in " + owner + ": span " + s + " ends past the text (" + text.length() + ")");
      return;
    }
    if (!s.text().equals(text.substring(s.start(), s.end()))) {
      out.add("in " + owner + ": span " + s + " does not hold its own characters");
    }
    if (splitsPair(text, s.start()) || splitsPair(text, s.end())) {
      out.add("in " + owner + ": span " + s + " splits a surrogate pair");
    }
  }

  private static boolean splitsPair(String text, int offset) {
    return offset > 0 && offset < text.length() && Character.isHighSurrogate(
        text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
  }

  private static void json(String json, List<String> out) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1));
      if (pair) {
        i++;
      } else if (c < 0x20 && c != '\n' || Character.isSurrogate(c)) {
        out.add("JSON holds a raw U+" + String.format("%04X", (int) c) + " at " + i);
        return;
      }
    }
  }

  /** The contents of the quotations, in order. */
  public static List<String> contents(ArticleQuotes r) {
    List<String> out = new ArrayList<>();
    r.quotations().forEach(q -> out.add(q.content().text()));
    return out;
  }
}
