package io.github.quotable.marks;

/**
 * A stretch of text inside a pair of quotation marks, as token indices and character offsets.
 * The content excludes the marks. A span may lack its opening mark (a paragraph that closes a
 * quotation it never opened) or its closing one (news convention: a quotation reopened at each
 * paragraph and closed only at the last; or a stray mark).
 */
public final class QuotedSpan {
  /** Token of the opening mark, or -1. */
  public final int open;
  /** Token of the closing mark, or -1. */
  public final int close;
  /** First content token. */
  public final int first;
  /** Token after the last content token. */
  public final int end;
  /** Offset of the first content character. */
  public final int contentStart;
  /** Offset after the last content character. */
  public final int contentEnd;
  /** 1 for a quotation at top level, 2 for one inside it, and so on. */
  public final int depth;
  /** The span runs to its paragraph's end and the next paragraph reopens it. */
  public final boolean continues;

  QuotedSpan(int open, int close, int first, int end, int contentStart, int contentEnd,
      int depth, boolean continues) {
    this.open = open;
    this.close = close;
    this.first = first;
    this.end = end;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.depth = depth;
    this.continues = continues;
  }

  /** The first token of the span including its opening mark. */
  public int outerFirst() {
    return open >= 0 ? open : first;
  }

  /** The token after the span including its closing mark. */
  public int outerEnd() {
    return close >= 0 ? close + 1 : end;
  }

  public boolean closed() {
    return close >= 0;
  }

  public boolean isTopLevel() {
    return depth == 1;
  }

  /** The number of content tokens. */
  public int tokens() {
    return end - first;
  }

  @Override
  public String toString() {
    return "QuotedSpan[" + first + "," + end + ") depth " + depth;
  }
}
