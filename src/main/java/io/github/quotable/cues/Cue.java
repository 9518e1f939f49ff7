package io.github.quotable.cues;

import io.github.quotable.QuoteKind;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.CueVerb;

/**
 * A word or phrase that signals an attribution: tokens [first, end), the head token, and for
 * a verb its lexicon entry and inflection.
 *
 * @param type what sort of cue
 * @param head the token the cue turns on (the verb, the colon, the dash)
 * @param first first token of the cue
 * @param end token after the cue
 * @param verb the lexicon entry of a cue verb, noun or adjective, or null for other cues
 * @param form the verb's inflection, or null
 */
public record Cue(Type type, int head, int first, int end, CueVerb verb, CueForm form) {

  /** Sorts of cue. */
  public enum Type {
    /** A speech, thought or evidence verb: "said", "believes", "shows". */
    VERB,
    /** "according to". */
    ACCORDING_TO,
    /** A colon introducing a quotation: "Romeo: “Is the day so young?”". */
    COLON,
    /** A dash before the source after a quotation: "“…” — Albert Einstein". */
    DASH,
    /** A noun with its possessor: "Hale's claim that", "in her view". */
    NOUN,
    /** An adjective after a copula: "are afraid that", "is determined to". */
    ADJECTIVE
  }

  public QuoteKind kind() {
    return verb == null ? QuoteKind.SPEECH : verb.kind();
  }

  static Cue verb(int i, CueVerb verb, CueForm form) {
    return new Cue(Type.VERB, i, i, i + 1, verb, form);
  }
}
