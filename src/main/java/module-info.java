/**
 * Quotable: the quotations of English news text (direct, indirect and mixed), each tied to its
 * speaker and the speaker's roles.
 *
 * <p>The one exported package, {@link io.github.quotable}, is the whole API; start with
 * {@link io.github.quotable.QuoteExtractor}. Results expose Guava's immutable collections, so
 * this module reads {@code com.google.common} transitively.
 */
module io.github.quotable {
  exports io.github.quotable;

  requires transitive com.google.common;
  requires org.apache.commons.text;
}
