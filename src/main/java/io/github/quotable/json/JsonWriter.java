package io.github.quotable.json;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.Quotation;
import io.github.quotable.Span;
import io.github.quotable.Speaker;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes results as JSON in the prediction schema of the project's scorer; the one code path
 * behind {@link ArticleQuotes#toJson()} and the command line. Strings are escaped by Commons
 * Text's {@code escapeJson}, which is handed only the runs of characters it changes.
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static String write(ArticleQuotes result) {
    StringBuilder sb = new StringBuilder(256 + result.quotations().size() * 400);
    sb.append("{\"quotes\": [");
    boolean first = true;
    for (Quotation q : result.quotations()) {
      sb.append(first ? "\n  " : ",\n  ");
      first = false;
      quotation(sb, q);
    }
    return sb.append(first ? "]}" : "\n]}").append('\n').toString();
  }

  private static void quotation(StringBuilder sb, Quotation q) {
    sb.append("{\"type\": \"").append(q.type()).append("\", \"kind\": \"").append(q.kind())
        .append("\", \"start\": ").append(q.content().start())
        .append(", \"end\": ").append(q.content().end())
        .append(", \"text\": ");
    quoted(sb, q.content().text());
    optionalSpan(sb, "cue", q.cue());
    sb.append(", \"speaker\": ");
    if (q.speaker().isPresent()) {
      speaker(sb, q.speaker().get(), q.speakerMention());
    } else {
      sb.append("null");
    }
    optionalSpan(sb, "addressee", q.addressee());
    optionalSpan(sb, "medium", q.medium());
    sb.append(", \"confidence\": ").append(Confidence.format(q.confidence()))
        .append(", \"rule\": ");
    quoted(sb, q.rule());
    sb.append('}');
  }

  private static void speaker(StringBuilder sb, Speaker s, Optional<Span> mention) {
    sb.append("{\"name\": ");
    quoted(sb, s.name());
    sb.append(", \"type\": \"").append(s.kind()).append('"')
        .append(", \"named\": ").append(s.named())
        .append(", \"roles\": [");
    for (int i = 0; i < s.roles().size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      quoted(sb, s.roles().get(i));
    }
    sb.append(']');
    optionalSpan(sb, "mention", mention);
    sb.append('}');
  }

  private static void optionalSpan(StringBuilder sb, String field, Optional<Span> span) {
    sb.append(", \"").append(field).append("\": ");
    if (span.isPresent()) {
      Span s = span.get();
      sb.append("{\"start\": ").append(s.start()).append(", \"end\": ").append(s.end())
          .append(", \"text\": ");
      quoted(sb, s.text());
      sb.append('}');
    } else {
      sb.append("null");
    }
  }

  /**
   * Appends the string quoted and escaped. Characters that {@code escapeJson} leaves as they are
   * (printable ASCII but for the quote, the backslash and the slash) are copied; each run of
   * the others goes through {@code escapeJson} one char at a time: it escapes one code point at
   * a time, and a surrogate pair as its two chars, so the result is the same as escaping the
   * whole string, without its per-character cost.
   */
  static void quoted(StringBuilder sb, String s) {
    sb.append('"');
    // read from a char array: String.charAt checks the coder (Latin-1 or UTF-16, by content) at
    // every char, and a loop compiled for one coder deoptimises when a string of the other comes
    char[] c = s.toCharArray();
    int n = c.length;
    int i = 0;
    while (i < n) {
      int plain = i;
      while (plain < n && isPlain(c[plain])) {
        plain++;
      }
      sb.append(c, i, plain - i);
      int special = plain;
      while (special < n && !isPlain(c[special])) {
        sb.append(escaped(c[special]));
        special++;
      }
      i = special;
    }
    sb.append('"');
  }

  /**
   * {@code escapeJson} of one character, kept once computed: the JIT then compiles the few
   * lines above instead of inlining the whole of Commons Text's translator into them, which cost
   * more compile time than this writer ever runs. A race only computes the same string twice.
   */
  private static String escaped(char c) {
    String e = ESCAPED[c];
    if (e == null) {
      e = StringEscapeUtils.escapeJson(String.valueOf(c));
      ESCAPED[c] = e;
    }
    return e;
  }

  private static final String[] ESCAPED = new String[Character.MAX_VALUE + 1];

  /**
   * Whether escapeJson copies the character unchanged (it escapes below 32 and from 127 up),
   * read from a table without a branch: a branch per character kind, never taken by the first
   * texts (a slash), would send the compiled writer back to be compiled again when one comes.
   */
  private static boolean isPlain(char c) {
    return PLAIN[Math.min(c, 0x7f)];
  }

  /** By ASCII char (127 and every char above it read as 127): whether it is copied as it is. */
  private static final boolean[] PLAIN = new boolean[0x80];

  static {
    for (char c = 32; c < 0x7f; c++) {
      PLAIN[c] = c != '"' && c != '\\' && c != '/';
    }
  }
}
