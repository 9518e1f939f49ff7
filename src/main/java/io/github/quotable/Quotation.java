package io.github.quotable;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One attribution in an article: what was said (or thought, or shown), by whom, how.
 *
 * <p>Spans are UTF-16 offsets into the text given to {@link QuoteExtractor#extract(String)}.
 * The content of a {@link QuoteType#DIRECT} quotation excludes its quotation marks; a
 * {@link QuoteType#MIXED} one keeps the marks of its quoted parts. A quotation interrupted by its
 * cue ({@code “A,” he said, “B.”}) is two quotations with the same speaker and cue.
 *
 * @param type direct, indirect or mixed
 * @param kind speech, thought or evidence, from the cue
 * @param content what was said
 * @param cue the words that signal the attribution ("said", "according to", ":"), if any
 * @param speaker who said it, if anyone can be identified
 * @param speakerMention the expression the cue links to as its source ("he", "Karimi", "the
 *     statement"), if any
 * @param addressee to whom it was said ("the New York Times" in "told the New York Times"), if
 *     the article says
 * @param medium how it was said ("in a statement"), if the article says
 * @param confidence how likely the quotation and its speaker are right, from 0 to 1: the
 *     precision of the rule that found it, measured on annotated news
 * @param rule the name of the rule (sieve) that found the quotation and decided its speaker
 */
public record Quotation(QuoteType type, QuoteKind kind, Span content, Optional<Span> cue,
    Optional<Speaker> speaker, Optional<Span> speakerMention, Optional<Span> addressee,
    Optional<Span> medium, double confidence, String rule) {

  /**
   * Creates a quotation; the library makes these, a caller needs to only in tests.
   *
   * @param type direct, indirect or mixed
   * @param kind speech, thought or evidence
   * @param content what was said
   * @param cue the words that signal the attribution, or empty
   * @param speaker who said it, or empty
   * @param speakerMention the expression the cue links to as its source, or empty
   * @param addressee to whom it was said, or empty
   * @param medium how it was said, or empty
   * @param confidence from 0 to 1
   * @param rule the name of the rule that found the quotation
   * @throws NullPointerException if a component is null (absent values are empty Optionals)
   * @throws IllegalArgumentException if the confidence is not in [0, 1]
   */
  public Quotation {
    checkNotNull(type, "type");
    checkNotNull(kind, "kind");
    checkNotNull(content, "content");
    checkNotNull(cue, "cue");
    checkNotNull(speaker, "speaker");
    checkNotNull(speakerMention, "speakerMention");
    checkNotNull(addressee, "addressee");
    checkNotNull(medium, "medium");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s is not in [0, 1]",
        confidence);
    checkNotNull(rule, "rule");
  }

  /**
   * Returns the speaker's name, or the empty string when no speaker was identified.
   *
   * @return the speaker's name or {@code ""}
   */
  public String speakerName() {
    return speaker.map(Speaker::name).orElse("");
  }

  /** Returns a one-line summary: {@code DIRECT "We will reopen…" — Reza Karimi [said] 0.93}. */
  @Override
  public String toString() {
    return type + " \"" + Abbreviation.of(content.text(), 70) + "\" — "
        + speaker.map(Speaker::name).orElse("(unknown)")
        + cue.map(c -> " [" + c.text() + "]").orElse("")
        + String.format(java.util.Locale.ROOT, " %.2f", confidence);
  }
}
