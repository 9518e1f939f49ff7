package io.github.quotable.json;

/**
 * Writes a string as a JSON string literal, exactly as Commons Text's
 * {@code StringEscapeUtils.escapeJson} escapes it (the output has been that since the first
 * release, and scores and diffs rely on it): {@code " \ /} and the control characters
 * {@code \b \t \n \f \r} get a backslash; every other character below U+0020, and every one
 * from U+007F (DEL) up, a {@code \}{@code uXXXX} escape in upper-case hex (a surrogate pair
 * two of them). One pass, no intermediate strings.
 */
final class JsonEscaper {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonEscaper() {}

  /** Appends {@code s} quoted and escaped. */
  static void quoted(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int plain = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/') {
        continue;
      }
      sb.append(s, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '/' -> sb.append("\\/");
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> unicode(sb, c);
      }
    }
    sb.append(s, plain, n).append('"');
  }

  private static void unicode(StringBuilder sb, char c) {
    sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
        .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
  }
}
