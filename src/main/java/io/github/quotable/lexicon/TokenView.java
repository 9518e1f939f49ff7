package io.github.quotable.lexicon;

/** The tokens of a text as the lexicons see them: offsets into one string. */
public interface TokenView {
  String text();

  int size();

  int start(int i);

  int end(int i);
}
