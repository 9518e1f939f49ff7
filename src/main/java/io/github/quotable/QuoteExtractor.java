package io.github.quotable;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Sets;
import io.github.quotable.lexicon.LexiconSource;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.pipeline.Pipeline;
import java.util.ArrayList;
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
  private final String settings;

  private QuoteExtractor(Builder b) {
    Vocabulary vocabulary = b.lexicons.isEmpty() ? Vocabulary.defaults()
        : Vocabulary.of(b.lexicons);
    this.pipeline = new Pipeline(vocabulary, b.kinds, b.minConfidence);
    this.settings = "kinds=" + b.kinds + ", minConfidence=" + b.minConfidence
        + (b.lexicons.isEmpty() ? "" : ", own lexicons=" + b.lexicons.keySet());
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

  /**
   * Configures a {@link QuoteExtractor}. Each setting is checked at the call that sets it, and
   * the syntax of lexicon entries when the extractor is built; every message names what to fix.
   */
  public static final class Builder {
    private static final String LEXICON_NULL = "lexicon must not be null; use a constant of"
        + " Lexicon, e.g. Lexicon.CUE_VERBS";
    private static final String KINDS_NULL = "kinds must not be null; use QuoteKind.SPEECH,"
        + " THOUGHT or EVIDENCE";
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
     * @throws NullPointerException if the lexicon, the array or an entry is null
     * @throws IllegalArgumentException if an entry is blank or holds a line break
     */
    public Builder addEntries(Lexicon lexicon, String... entries) {
      checkNotNull(entries, "entries must not be null; pass the lines to add to %s", lexicon);
      return addEntries(lexicon, Arrays.asList(entries));
    }

    /**
     * Adds entries to a lexicon, in the syntax of its resource file (see {@link Lexicon}).
     *
     * @param lexicon the lexicon to extend
     * @param entries lines such as {@code "snarl SPEECH clause,quote"}
     * @return this builder
     * @throws NullPointerException if the lexicon, the collection or an entry is null
     * @throws IllegalArgumentException if an entry is blank or holds a line break
     */
    public Builder addEntries(Lexicon lexicon, Collection<String> entries) {
      checkNotNull(lexicon, LEXICON_NULL);
      ImmutableList<String> added = checked(lexicon, entries);
      lexicons.computeIfAbsent(lexicon, l -> new ArrayList<>(LexiconSource.defaults(l)))
          .addAll(added);
      return this;
    }

    /**
     * Replaces a lexicon's default entries with these.
     *
     * @param lexicon the lexicon to replace
     * @param entries lines in the syntax of its resource file; may be empty
     * @return this builder
     * @throws NullPointerException if the lexicon, the collection or an entry is null
     * @throws IllegalArgumentException if an entry is blank or holds a line break
     */
    public Builder replaceEntries(Lexicon lexicon, Collection<String> entries) {
      checkNotNull(lexicon, LEXICON_NULL);
      lexicons.put(lexicon, new ArrayList<>(checked(lexicon, entries)));
      return this;
    }

    /**
     * Reports only quotations of these kinds (by default all: speech, thought and evidence).
     *
     * @param first a kind to report
     * @param rest further kinds to report
     * @return this builder
     * @throws NullPointerException if a kind is null
     */
    public Builder kinds(QuoteKind first, QuoteKind... rest) {
      checkNotNull(first, KINDS_NULL);
      checkNotNull(rest, KINDS_NULL);
      return kinds(Lists.asList(first, rest));
    }

    /**
     * Reports only quotations of these kinds (by default all: speech, thought and evidence).
     *
     * @param kinds the kinds to report; at least one
     * @return this builder
     * @throws NullPointerException if the collection or a kind is null
     * @throws IllegalArgumentException if the collection is empty
     */
    public Builder kinds(Collection<QuoteKind> kinds) {
      checkNotNull(kinds, KINDS_NULL);
      checkArgument(!kinds.isEmpty(), "kinds must name at least one of %s; to report every"
          + " kind, do not call kinds", Arrays.toString(QuoteKind.values()));
      for (QuoteKind k : kinds) {
        checkNotNull(k, KINDS_NULL);
      }
      this.kinds = Sets.immutableEnumSet(kinds);
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
     * Builds an extractor with the current settings. The builder stays usable: later changes
     * do not affect extractors already built.
     *
     * @return a thread-safe extractor
     * @throws IllegalArgumentException if a lexicon entry is malformed; the message names the
     *     lexicon, the entry and what to write instead
     */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }

    private static ImmutableList<String> checked(Lexicon lexicon, Collection<String> entries) {
      checkNotNull(entries, "entries must not be null; pass the lines for %s (may be empty)",
          lexicon);
      for (String e : entries) {
        checkNotNull(e, "lexicon %s: an entry is null; give each entry as a line of text",
            lexicon);
        checkArgument(!e.isBlank(), "lexicon %s: an entry is blank; leave it out", lexicon);
        checkArgument(CharMatcher.anyOf("\n\r").matchesNoneOf(e),
            "lexicon %s: entry '%s' holds a line break; give each line as its own entry",
            lexicon, e);
      }
      return LexiconSource.entries(ImmutableList.copyOf(entries));
    }
  }

  /**
   * Returns the settings that differ between extractors: {@code QuoteExtractor[kinds=[SPEECH],
   * minConfidence=0.5, own lexicons=[TITLES]]}.
   */
  @Override
  public String toString() {
    return "QuoteExtractor[" + settings + "]";
  }
}
