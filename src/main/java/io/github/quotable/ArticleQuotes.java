package io.github.quotable;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.quotable.json.JsonWriter;

/**
 * Everything {@link QuoteExtractor#extract(String)} found in one article: the quotations in text
 * order (no two overlap) and the speakers they are tied to.
 *
 * @param quotations every quotation found, in order of their content
 * @param speakers every speaker of at least one quotation, in order of first quotation
 */
public record ArticleQuotes(ImmutableList<Quotation> quotations,
    ImmutableList<Speaker> speakers) {

  /**
   * Creates a result; the library makes these, a caller needs to only in tests.
   *
   * @param quotations every quotation found, in order of their content
   * @param speakers every speaker of at least one quotation, in order of first quotation
   * @throws NullPointerException if a component is null
   */
  public ArticleQuotes {
    checkNotNull(quotations, "quotations");
    checkNotNull(speakers, "speakers");
  }

  /**
   * The quotations of one speaker.
   *
   * @param speaker a speaker of this result
   * @return its quotations, in text order
   */
  public ImmutableList<Quotation> quotationsBy(Speaker speaker) {
    checkNotNull(speaker, "speaker");
    return quotations.stream()
        .filter(q -> q.speaker().filter(speaker::equals).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The result as JSON, exactly as the command line writes it: {@code {"quotes": [...]}} in the
   * prediction schema of the project's scorer (offsets, type, cue, speaker with name, type,
   * roles and mention, confidence, kind, rule).
   *
   * @return a JSON object, one line
   */
  public String toJson() {
    return JsonWriter.write(this);
  }

  /** Returns the counts and the first quotations, one a line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ArticleQuotes[").append(quotations.size())
        .append(" quotations, ").append(speakers.size()).append(" speakers]");
    quotations.stream().limit(5).forEach(q -> sb.append("\n  ").append(q));
    if (quotations.size() > 5) {
      sb.append("\n  …");
    }
    return sb.toString();
  }
}
