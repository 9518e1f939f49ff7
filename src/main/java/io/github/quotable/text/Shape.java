package io.github.quotable.text;

/** Bits describing how a token is written: at most 15 of them, as {@link Tokens} keeps a short. */
public final class Shape {
  private Shape() {}

  /** First character is an upper-case letter. */
  public static final int CAP = 1;
  /** Two or more letters, all upper case ("BBC", "UNESCO"). */
  public static final int UPPER = 1 << 1;
  /** First character is a lower-case letter. */
  public static final int LOWER = 1 << 2;
  /** Contains a digit. */
  public static final int DIGIT = 1 << 3;
  /** Contains a hyphen. */
  public static final int HYPHEN = 1 << 4;
  /** Ends with a period ("Sen.", "U.S."). */
  public static final int PERIOD = 1 << 5;
  /** A single letter and a period ("J."). */
  public static final int INITIAL = 1 << 6;
  /** Whitespace before this token holds a line break. */
  public static final int NEWLINE_BEFORE = 1 << 7;
  /** No whitespace before this token. */
  public static final int GLUED = 1 << 8;
  /** The first token of a paragraph. */
  public static final int PARAGRAPH_START = 1 << 9;
}
