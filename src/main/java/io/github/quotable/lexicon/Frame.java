package io.github.quotable.lexicon;

/** What a cue word takes as its content; see the headers of the cue lexicons. */
public enum Frame {
  CLAUSE, THAT, QUOTE, TO, OBJECT, TELL, OF, CALL, WH, VIEW, ABOUT,
  /** Prepositional objects: "focused on", "called for", "railed against", "sided with". */
  ON, FOR, AGAINST, WITH, AT, OVER,
  /** "to" and a noun phrase, not an infinitive: "pointed to", "referred to", "responded to". */
  TO_OBJECT,
  /**
   * Narrows OBJECT to a reported finding: "the poll found broad support", "found no evidence",
   * "found him guilty", but not "found a way" or "could not find a job".
   */
  FINDING;

  final int bit = 1 << ordinal();
}
