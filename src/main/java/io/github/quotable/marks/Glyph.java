package io.github.quotable.marks;

import io.github.quotable.text.Tokens;

/** What a quotation mark character usually does, and its family. */
enum Glyph {
  OPEN_DOUBLE(true, Role.OPEN), CLOSE_DOUBLE(true, Role.CLOSE), EITHER_DOUBLE(true, Role.EITHER),
  OPEN_SINGLE(false, Role.OPEN), CLOSE_SINGLE(false, Role.CLOSE),
  EITHER_SINGLE(false, Role.EITHER), LOW_DOUBLE(true, Role.OPEN);

  enum Role { OPEN, CLOSE, EITHER }

  final boolean isDouble;
  final Role role;
  /** {@link #role(boolean, boolean)} of each flanking, made once. */
  private final Role[] byFlanking = new Role[4];

  Glyph(boolean isDouble, Role role) {
    this.isDouble = isDouble;
    this.role = role;
    for (int k = 0; k < 4; k++) {
      byFlanking[k] = roleFlanked(role, isDouble, (k & 2) != 0, (k & 1) != 0);
    }
  }

  /**
   * The role of a mark of this glyph that is left-flanking, right-flanking, both or neither.
   * Read from a table: the pairer compiled with the rarer cases as branches never taken (a
   * closing double mark that opens) went back to be compiled again when one came.
   */
  Role role(boolean left, boolean right) {
    return byFlanking[(left ? 2 : 0) | (right ? 1 : 0)];
  }

  private static Role roleFlanked(Role role, boolean isDouble, boolean left, boolean right) {
    return switch (role) {
      case OPEN -> right && !left ? Role.CLOSE : Role.OPEN;
      case CLOSE -> left && !right && isDouble ? Role.OPEN : Role.CLOSE;
      case EITHER -> left && !right ? Role.OPEN : right && !left ? Role.CLOSE : Role.EITHER;
    };
  }

  /**
   * The glyph of the quotation mark at token i ("``" and "''" are double), read from the token
   * chars: String.charAt, inlined into the pairer at each call, tests the String's coder first.
   */
  static Glyph of(Tokens t, int i) {
    return switch (t.firstChar(i)) {
      case '“', '«', '「', '『' -> OPEN_DOUBLE;
      case '”', '»', '」', '』' -> CLOSE_DOUBLE;
      case '„' -> LOW_DOUBLE;
      case '‘', '‹', '‚' -> OPEN_SINGLE;
      case '`' -> BACKTICK[doubled(t, i)];
      case '’', '›' -> CLOSE_SINGLE;
      case '\'' -> STRAIGHT_SINGLE[doubled(t, i)];
      default -> EITHER_DOUBLE;
    };
  }

  /** A backtick, alone and doubled; a straight single mark, alone and doubled. */
  private static final Glyph[] BACKTICK = {OPEN_SINGLE, OPEN_DOUBLE};
  private static final Glyph[] STRAIGHT_SINGLE = {EITHER_SINGLE, CLOSE_DOUBLE};

  /**
   * 1 if token i is two of its first char, else 0: told without a branch, as the first texts
   * may have no doubled mark, and a compiled pairer that meets a branch it never took goes back
   * to be compiled again. (After a one-char token the second char read is the text's next, or
   * the tokenizer's padding.)
   */
  private static int doubled(Tokens t, int i) {
    int start = t.start(i);
    return same(t.end(i) - start, 2) & same(t.charAt(start + 1), t.charAt(start));
  }

  /** 1 if a and b (not negative) are equal, else 0. */
  private static int same(int a, int b) {
    return ((a ^ b) - 1) >>> 31;
  }
}
