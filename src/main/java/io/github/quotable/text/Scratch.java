package io.github.quotable.text;

import io.github.quotable.lexicon.Word;

/**
 * Arrays that a thread lends to each text it reads and takes back for the next: the copy of
 * the text's chars and the per-token arrays of {@link Tokens}, about a quarter of what
 * extracting an article allocated. A scratch serves one text at a time, so a {@link Tokens}
 * read with it is valid until the next text is read with the same scratch; the pipeline keeps
 * one per thread. A text over {@link #MAX_CHARS} chars gets arrays of its own, so a thread
 * keeps a quarter of a megabyte at most.
 */
public final class Scratch {
  /** The longest text whose arrays are kept; nearly every news article is shorter. */
  static final int MAX_CHARS = 1 << 15;
  /** The most tokens whose arrays are kept: as many as {@link Tokenizer} expects for them. */
  static final int MAX_TOKENS = Tokenizer.expectedTokens(MAX_CHARS);

  char[] chars = new char[0];
  int[] start = new int[0];
  int[] end = new int[0];
  byte[] type = new byte[0];
  short[] shape = new short[0];
  Word[] word = new Word[0];
  int[] classes = new int[0];
  int[] sentence = new int[0];
  byte[] depth = new byte[0];

  /** An empty scratch; its arrays grow to the longest text it has served, up to the limit. */
  public Scratch() {}

  /** A char array of at least the length, the scratch's own if the length is kept. */
  char[] chars(int length) {
    if (length > MAX_CHARS + Tokenizer.PADDING) {
      return new char[length];
    }
    if (chars.length < length) {
      chars = new char[length];
    }
    return chars;
  }

  /**
   * Token arrays with room for the capacity: this scratch's if it keeps that many (grown if
   * need be), else those of a new scratch that only this text uses.
   */
  Scratch tokenArrays(int capacity) {
    Scratch arrays = capacity > MAX_TOKENS ? new Scratch() : this;
    if (arrays.start.length < capacity) {
      arrays.start = new int[capacity];
      arrays.end = new int[capacity];
      arrays.type = new byte[capacity];
      arrays.shape = new short[capacity];
      arrays.word = new Word[capacity];
      arrays.classes = new int[capacity];
      arrays.sentence = new int[capacity];
      arrays.depth = new byte[capacity];
    }
    return arrays;
  }
}
