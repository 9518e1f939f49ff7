package io.github.quotable.text;

/**
 * Tells whether a text is hard-wrapped (lines broken inside paragraphs, paragraphs separated by
 * blank lines) or written one paragraph a line, so a single line break can be read rightly.
 */
final class LineWrapping {
  private LineWrapping() {}

  static boolean isHardWrapped(String text) {
    int singleBreaks = 0;
    int continuing = 0;
    boolean blankLine = false;
    int n = text.length();
    for (int i = text.indexOf('\n'); i >= 0 && i + 1 < n; i = text.indexOf('\n', i + 1)) {
      int k = i + 1;
      while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
        k++;
      }
      if (k < n && text.charAt(k) == '\n') {
        blankLine = true;
        continue;
      }
      if (k < n && i > 0 && text.charAt(i - 1) != '\n') {
        singleBreaks++;
        if (Character.isLowerCase(text.charAt(k))) {
          continuing++;
        }
      }
    }
    return blankLine && singleBreaks >= 4 && continuing * 4 >= singleBreaks;
  }
}
