package io.github.quotable.lexicon;

/** What a cue word takes as its content; see the headers of the cue lexicons. */
public enum Frame {
  CLAUSE, THAT, QUOTE, TO, OBJECT, TELL, OF, CALL, WH, VIEW, ABOUT,
  /** Prepositional objects: "focused on", "called for", "railed against", "sided with". */
  ON, FOR, AGAINST, WITH, AT, OVER,
  /** "to" and a noun phrase, not an infinitive: "pointed to", "referred to", "responded to". */
  TO_OBJECT;

  final int bit = 1 << ordinal();
}
