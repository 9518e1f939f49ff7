package io.github.quotable;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;

/**
 * A stretch of the caller's text: UTF-16 offsets into the string given to
 * {@link QuoteExtractor#extract(String)}, end exclusive, with the characters they cover.
 *
 * <p>The invariant {@code text.length() == end - start} always holds, and for every span the
 * library returns, {@code text} equals {@code article.substring(start, end)}.
 *
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @param text the characters between {@code start} and {@code end}
 */
public record Span(int start, int end, String text) {

  /**
   * Creates a span; {@link #of(String, int, int)} takes the text from its source instead.
   *
   * @param start the offset of the first character
   * @param end the offset after the last character
   * @param text the characters between {@code start} and {@code end}
   * @throws IllegalArgumentException if {@code start} is negative or after {@code end}, or if
   *     the text's length is not {@code end - start}
   * @throws NullPointerException if {@code text} is null
   */
  public Span {
    checkArgument(start >= 0 && start <= end, "span offsets %s..%s are not ordered", start, end);
    checkNotNull(text, "text");
    if (text.length() != end - start) {
      // not checkArgument: with four arguments it would box them for every span made
      throw new IllegalArgumentException(Strings.lenientFormat(
          "span text has %s characters but the offsets %s..%s cover %s", text.length(), start,
          end, end - start));
    }
  }

  /**
   * The span of {@code source} between {@code start} and {@code end}.
   *
   * @param source the text the offsets point into
   * @param start the offset of the first character
   * @param end the offset after the last character
   * @return the span, its text taken from {@code source}
   * @throws IndexOutOfBoundsException if the offsets do not lie inside {@code source}
   * @throws NullPointerException if {@code source} is null
   */
  public static Span of(String source, int start, int end) {
    checkNotNull(source, "source");
    return new Span(start, end, source.substring(start, end));
  }

  /**
   * Returns the number of characters covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Tells whether the two spans share at least one character.
   *
   * @param other another span of the same text
   * @return true if they overlap
   */
  public boolean overlaps(Span other) {
    checkNotNull(other, "other");
    return start < other.end && other.start < end;
  }

  /**
   * Tells whether this span covers every character of the other.
   *
   * @param other another span of the same text
   * @return true if {@code other} lies inside this span
   */
  public boolean contains(Span other) {
    checkNotNull(other, "other");
    return start <= other.start && other.end <= end;
  }

  /** Returns the offsets and the text, shortened when long: {@code 12..18 "Karimi"}. */
  @Override
  public String toString() {
    return start + ".." + end + " \"" + Abbreviation.of(text, 60) + "\"";
  }
}
