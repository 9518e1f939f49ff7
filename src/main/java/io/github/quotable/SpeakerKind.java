package io.github.quotable;

/** What sort of thing a speaker is. */
public enum SpeakerKind {
  /** One person, named or described ("Reza Karimi", "an Iraqi military spokesman"). */
  PERSON,
  /** An organisation, government, news medium or country ("Human Rights Watch"). */
  ORGANIZATION,
  /** An unnamed set of people ("critics", "many Democrats"). */
  GROUP,
  /** A statement, report, poll or other document whose author is not in view. */
  WORK
}
