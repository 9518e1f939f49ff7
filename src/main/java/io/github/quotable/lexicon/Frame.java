package io.github.quotable.lexicon;

/** What a cue verb takes as its content; see the header of {@code cue-verbs.txt}. */
public enum Frame {
  CLAUSE, THAT, QUOTE, TO, OBJECT, TELL, OF, CALL, WH;

  final int bit = 1 << ordinal();
}
