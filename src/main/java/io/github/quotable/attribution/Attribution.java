package io.github.quotable.attribution;

import io.github.quotable.QuoteKind;
import io.github.quotable.cues.Cue;
import io.github.quotable.mentions.Phrase;

/**
 * One attribution found by a sieve, in tokens: content [first, end), the cue, the source phrase
 * (or the attribution whose source it shares), the addressee and medium. What the entity stage
 * and the result need; nothing here is shared between documents.
 *
 * @param first first content token
 * @param end token after the content
 * @param cue the cue, or null
 * @param source the source phrase, or null
 * @param sharesSourceOf an attribution whose source this one shares (continuations,
 *     participles, quotations without a cue), or null
 * @param addressee the addressee phrase, or null
 * @param mediumFirst first token of the medium ("in a statement"), or -1
 * @param mediumEnd token after the medium, or -1
 * @param rule the sieve that found it
 * @param kind speech, thought or evidence
 * @param confidence how likely it is right
 */
public record Attribution(int first, int end, Cue cue, Phrase source,
    Attribution sharesSourceOf, Phrase addressee, int mediumFirst, int mediumEnd, Rule rule,
    QuoteKind kind, double confidence) {

  /** The source phrase, following shared sources back to where one was found. */
  public Phrase effectiveSource() {
    Attribution a = this;
    for (int hops = 0; a != null && hops < 50; hops++) {
      if (a.source != null) {
        return a.source;
      }
      a = a.sharesSourceOf;
    }
    return null;
  }

  /** The attribution whose source phrase this one uses (itself if it has one), or null. */
  public Attribution sourceOwner() {
    Attribution a = this;
    for (int hops = 0; a != null && hops < 50; hops++) {
      if (a.source != null) {
        return a;
      }
      a = a.sharesSourceOf;
    }
    return null;
  }

  public boolean overlaps(int otherFirst, int otherEnd) {
    return first < otherEnd && otherFirst < end;
  }

  public boolean hasMedium() {
    return mediumFirst >= 0;
  }
}
