package io.github.quotable;

/** What is attributed: something said, something thought, or something a document shows. */
public enum QuoteKind {
  /** Speech or writing: said, told, wrote, tweeted, according to. */
  SPEECH,
  /** A belief, intention or attitude: believes, thinks, wants, hopes, plans. */
  THOUGHT,
  /** A finding of a poll, study or record: shows, found, indicates. */
  EVIDENCE
}
