package io.github.quotable.lexicon;

/** What a cue word takes as its content; see the headers of the cue lexicons. */
public enum Frame {
  CLAUSE, THAT, QUOTE, TO, OBJECT, TELL, OF, CALL, WH, VIEW, ABOUT;

  final int bit = 1 << ordinal();
}
