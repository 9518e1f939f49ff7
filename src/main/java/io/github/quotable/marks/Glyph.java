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

  Glyph(boolean isDouble, Role role) {
    this.isDouble = isDouble;
    this.role = role;
  }

  /**
   * The glyph of the quotation mark at token i ("``" and "''" are double), read from the token
   * chars: String.charAt, inlined into the pairer at each call, tests the String's coder first.
   */
  static Glyph of(Tokens t, int i) {
    char first = t.firstChar(i);
    if (t.end(i) - t.start(i) == 2 && (first == '`' || first == '\'')
        && t.charAt(t.start(i) + 1) == first) {
      return first == '`' ? OPEN_DOUBLE : CLOSE_DOUBLE;
    }
    return switch (first) {
      case '“', '«', '「', '『' -> OPEN_DOUBLE;
      case '”', '»', '」', '』' -> CLOSE_DOUBLE;
      case '„' -> LOW_DOUBLE;
      case '‘', '‹', '`', '‚' -> OPEN_SINGLE;
      case '’', '›' -> CLOSE_SINGLE;
      case '\'' -> EITHER_SINGLE;
      default -> EITHER_DOUBLE;
    };
  }
}
