/**
 * Quotations, speakers and roles from English news text: the whole public API of Quotable.
 *
 * <p>Build a {@link io.github.quotable.QuoteExtractor} once and give it articles:
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder()
 *     .kinds(QuoteKind.SPEECH)                  // leave out thoughts and findings
 *     .minConfidence(0.5)                       // the measured precision of the rule, 0..1
 *     .build();                                 // immutable and thread-safe: share it
 * ArticleQuotes result = extractor.extract(articleText);
 * for (Quotation q : result.quotations()) {
 *   String who = q.speaker().map(Speaker::toString).orElse("(unknown)");
 *   System.out.println(q.type() + " " + q.content().text() + " — " + who);
 * }
 * String json = result.toJson();                // exactly what the command line writes
 * }</pre>
 *
 * <p>A {@link io.github.quotable.Quotation} says what was said ({@link
 * io.github.quotable.Quotation#content() content}, a {@link io.github.quotable.Span} of the
 * article), how ({@link io.github.quotable.QuoteType}, {@link io.github.quotable.QuoteKind}, the
 * cue), and by whom: a {@link io.github.quotable.Speaker} gathers every mention of one person or
 * organisation with the roles the article gives it. Results are immutable, never contain null,
 * and their offsets always point into the text given to {@code extract}. The lexicons the
 * extractor reads are listed in {@link io.github.quotable.Lexicon}; the builder extends or
 * replaces them.
 */
package io.github.quotable;
