package io.github.quotable.marks;

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

  static Glyph of(String mark) {
    if (mark.equals("``")) {
      return OPEN_DOUBLE;
    }
    if (mark.equals("''")) {
      return CLOSE_DOUBLE;
    }
    return switch (mark.charAt(0)) {
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
