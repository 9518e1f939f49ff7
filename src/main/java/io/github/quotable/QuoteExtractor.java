package io.github.quotable;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.quotable.lexicon.LexiconSource;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.pipeline.Pipeline;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quotations of English news text, each tied to its speaker and the speaker's roles.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder().build();
 * ArticleQuotes result = extractor.extract(articleText);
 * for (Quotation q : result.quotations()) {
 *   System.out.println(q.type() + " " + q.speakerName() + ": " + q.content().text());
 * }
 * }</pre>
 *
 * <p>An extractor is immutable and thread-safe: build one and share it. Any string gives a
 * result (possibly empty); offsets in the result always point into that string.
 */
public final class QuoteExtractor {
  private final Pipeline pipeline;

  private QuoteExtractor(Builder b) {
    Vocabulary vocabulary = b.lexicons.isEmpty() ? Vocabulary.defaults()
        : Vocabulary.of(b.lexicons);
    this.pipeline = new Pipeline(vocabulary, b.kinds, b.minConfidence);
  }

  /**
   * A builder with the default lexicons, every kind of quotation and no confidence cut-off.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the quotations of one article.
   *
   * @param text the article, plain text; paragraphs separated by line breaks
   * @return the quotations and speakers found; empty when there are none
   * @throws NullPointerException if {@code text} is null
   */
  public ArticleQuotes extract(String text) {
    checkNotNull(text, "text must not be null; pass \"\" for an empty article");
    return pipeline.run(text);
  }

  /** Configures a {@link QuoteExtractor}; each setting is checked when it is set. */
  public static final class Builder {
    private final Map<Lexicon, List<String>> lexicons = new EnumMap<>(Lexicon.class);
    private Set<QuoteKind> kinds = EnumSet.allOf(QuoteKind.class);
    private double minConfidence;

    private Builder() {}

    /**
     * Adds entries to a lexicon, in the syntax of its resource file (see {@link Lexicon}).
     *
     * @param lexicon the lexicon to extend
     * @param entries lines such as {@code "snarl SPEECH clause,quote"}
     * @return this builder
     * @throws IllegalArgumentException if an entry is blank
     */
    public Builder addEntries(Lexicon lexicon, String... entries) {
      return addEntries(lexicon, Arrays.asList(entries));
    }

    /**
     * Adds entries to a lexicon, in the syntax of its resource file (see {@link Lexicon}).
     *
     * @param lexicon the lexicon to extend
     * @param entries lines such as {@code "snarl SPEECH clause,quote"}
     * @return this builder
     * @throws IllegalArgumentException if an entry is blank
     */
    public Builder addEntries(Lexicon lexicon, Collection<String> entries) {
      checkNotNull(lexicon, "lexicon");
      List<String> current = lexicons.computeIfAbsent(lexicon,
          l -> new java.util.ArrayList<>(LexiconSource.defaults(l)));
      current.addAll(checked(lexicon, entries));
      return this;
    }

    /**
     * Replaces a lexicon's default entries with these.
     *
     * @param lexicon the lexicon to replace
     * @param entries lines in the syntax of its resource file; may be empty
     * @return this builder
     * @throws IllegalArgumentException if an entry is blank
     */
    public Builder replaceEntries(Lexicon lexicon, Collection<String> entries) {
      checkNotNull(lexicon, "lexicon");
      lexicons.put(lexicon, new java.util.ArrayList<>(checked(lexicon, entries)));
      return this;
    }

    /**
     * Reports only quotations of these kinds (by default all: speech, thought and evidence).
     *
     * @param first a kind to report
     * @param rest further kinds to report
     * @return this builder
     */
    public Builder kinds(QuoteKind first, QuoteKind... rest) {
      checkNotNull(first, "kinds must not be null");
      for (QuoteKind k : rest) {
        checkNotNull(k, "kinds must not be null");
      }
      kinds = EnumSet.of(first, rest);
      return this;
    }

    /**
     * Reports only quotations whose confidence is at least this (by default 0: all).
     *
     * @param minConfidence a value from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the value is not in [0, 1]
     */
    public Builder minConfidence(double minConfidence) {
      checkArgument(minConfidence >= 0 && minConfidence <= 1,
          "minConfidence must be between 0 and 1, was %s", minConfidence);
      this.minConfidence = minConfidence;
      return this;
    }

    /**
     * Builds the extractor, reading the lexicons once.
     *
     * @return a thread-safe extractor
     * @throws IllegalArgumentException if a lexicon entry is malformed; the message names the
     *     lexicon, the entry and what to write instead
     */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }

    private static ImmutableList<String> checked(Lexicon lexicon, Collection<String> entries) {
      checkNotNull(entries, "entries");
      for (String e : entries) {
        checkNotNull(e, "lexicon %s: an entry is null", lexicon);
        checkArgument(!e.isBlank(), "lexicon %s: an entry is blank", lexicon);
      }
      return LexiconSource.entries(ImmutableList.copyOf(entries));
    }
  }

  @Override
  public String toString() {
    return "QuoteExtractor";
  }
}
