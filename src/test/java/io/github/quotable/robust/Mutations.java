package io.github.quotable.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ways to damage an article the way real input is damaged, and worse: quotation marks deleted,
 * doubled, swapped or changed in style, paragraphs cut, moved, repeated or joined, random Unicode
 * (surrogate pairs, lone surrogates, combining marks, invisible characters), control
 * characters, very long tokens. Each takes the text and a random source and returns the new
 * text; none throws for any text, including the empty one.
 */
enum Mutations {
  DELETE_MARK {
    @Override
    String apply(String s, Random r) {
      int i = randomMark(s, r);
      return i < 0 ? s : s.substring(0, i) + s.substring(i + 1);
    }
  },
  DOUBLE_MARK {
    @Override
    String apply(String s, Random r) {
      int i = randomMark(s, r);
      return i < 0 ? s : s.substring(0, i + 1) + s.substring(i);
    }
  },
  SWAP_MARKS {
    @Override
    String apply(String s, Random r) {
      int i = randomMark(s, r);
      int j = randomMark(s, r);
      if (i < 0 || i == j) {
        return s;
      }
      char[] c = s.toCharArray();
      char tmp = c[i];
      c[i] = c[j];
      c[j] = tmp;
      return new String(c);
    }
  },
  RESTYLE_MARK {
    @Override
    String apply(String s, Random r) {
      int i = randomMark(s, r);
      return i < 0 ? s : s.substring(0, i) + pick(MARKS, r) + s.substring(i + 1);
    }
  },
  INSERT_MARK {
    @Override
    String apply(String s, Random r) {
      return insert(s, r, String.valueOf(pick(MARKS, r)));
    }
  },
  CUT_PARAGRAPH {
    @Override
    String apply(String s, Random r) {
      int[] p = randomParagraph(s, r);
      return p == null ? s : s.substring(0, p[0]) + s.substring(p[1]);
    }
  },
  CUT_MID_PARAGRAPH {
    @Override
    String apply(String s, Random r) {
      int a = r.nextInt(s.length() + 1);
      int b = Math.min(s.length(), a + r.nextInt(400));
      return s.substring(0, a) + s.substring(b);
    }
  },
  TRUNCATE {
    @Override
    String apply(String s, Random r) {
      return s.substring(0, r.nextInt(s.length() + 1));
    }
  },
  SWAP_PARAGRAPHS {
    @Override
    String apply(String s, Random r) {
      List<int[]> ps = paragraphs(s);
      if (ps.size() < 2) {
        return s;
      }
      int x = r.nextInt(ps.size() - 1);
      int[] a = ps.get(x);
      int[] b = ps.get(x + 1 + r.nextInt(ps.size() - x - 1));
      return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0])
          + s.substring(a[0], a[1]) + s.substring(b[1]);
    }
  },
  DUPLICATE_SLICE {
    @Override
    String apply(String s, Random r) {
      int a = r.nextInt(s.length() + 1);
      int b = Math.min(s.length(), a + r.nextInt(2000));
      return insert(s, r, s.substring(a, b));
    }
  },
  /** The same paragraph again at the end: every phrase in it meets its entity a second time. */
  REPEAT_PARAGRAPH {
    @Override
    String apply(String s, Random r) {
      int[] p = randomParagraph(s, r);
      return p == null ? s : s + "\n\n" + s.substring(p[0], p[1]);
    }
  },
  JOIN_OR_SPLIT_LINES {
    @Override
    String apply(String s, Random r) {
      return r.nextBoolean() ? s.replace('\n', ' ') : s.replace(". ", ".\n");
    }
  },
  RANDOM_UNICODE {
    @Override
    String apply(String s, Random r) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + r.nextInt(40); k > 0; k--) {
        switch (r.nextInt(6)) {
          case 0 -> sb.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000 + 1));
          case 1 -> sb.append((char) (0xD800 + r.nextInt(0x400)));
          case 2 -> sb.append((char) (0xDC00 + r.nextInt(0x400)));
          case 3 -> sb.append(pick(ODD, r));
          case 4 -> sb.append((char) (0x0300 + r.nextInt(0x70)));
          default -> sb.append((char) r.nextInt(0x10000));
        }
      }
      return insert(s, r, sb.toString());
    }
  },
  CONTROL_CHARACTERS {
    @Override
    String apply(String s, Random r) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + r.nextInt(20); k > 0; k--) {
        sb.append(r.nextInt(4) == 0 ? pick("\u007f\u0085\u2028\u2029\r\r\n\f\u000b", r)
            : (char) r.nextInt(0x20));
      }
      return insert(s, r, sb.toString());
    }
  },
  SPLIT_SURROGATE_PAIR {
    @Override
    String apply(String s, Random r) {
      int at = r.nextInt(s.length() + 1);
      int drop = at + r.nextInt(2);
      String pairs = s.substring(0, at) + "\uD83D\uDE00\uD834\uDD1E" + s.substring(at);
      return pairs.substring(0, drop) + pairs.substring(drop + 1);
    }
  },
  LONG_TOKEN {
    @Override
    String apply(String s, Random r) {
      String unit = pick(LONG_UNITS, r);
      int length = r.nextInt(16) == 0 ? 10_000 + r.nextInt(50_000) : 200 + r.nextInt(3_000);
      return insert(s, r, unit.repeat(Math.max(1, length / unit.length())));
    }
  },
  UPPER_CASE {
    @Override
    String apply(String s, Random r) {
      int a = r.nextInt(s.length() + 1);
      int b = Math.min(s.length(), a + r.nextInt(1000));
      return s.substring(0, a) + s.substring(a, b).toUpperCase(java.util.Locale.ROOT)
          + s.substring(b);
    }
  },
  EMPTY {
    @Override
    String apply(String s, Random r) {
      return r.nextInt(20) == 0 ? "" : s;
    }
  };

  /** Every quotation mark the tokenizer knows, and some it does not. */
  static final String MARKS = "\"“”„‟«»‹›‘’‚'`″＂「」『』❝❞〝〞";
  private static final String ODD = "\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\uFEFF"
      + "\uFFFD\uFFFE\uFFFF\u00A0\u3000\u0301\u20DD\u0000…—–-";
  private static final String[] LONG_UNITS = {"a", "Z", "7", ".", "-", "—", "'", "’", "\"",
      "“", "a.", "U.S.", "ab-", "a'", "\uD83D\uDE00", "\uD800", "…", ",", "Said ", "said ",
      "according to ", "“A” ", "he said: ", "x\u0301"};

  abstract String apply(String s, Random r);

  private static char pick(String chars, Random r) {
    return chars.charAt(r.nextInt(chars.length()));
  }

  private static String pick(String[] options, Random r) {
    return options[r.nextInt(options.length)];
  }

  private static String insert(String s, Random r, String piece) {
    int at = r.nextInt(s.length() + 1);
    return s.substring(0, at) + piece + s.substring(at);
  }

  /** The offset of a random quotation mark, or -1 if there is none. */
  private static int randomMark(String s, Random r) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (MARKS.indexOf(s.charAt(i)) >= 0) {
        at.add(i);
      }
    }
    return at.isEmpty() ? -1 : at.get(r.nextInt(at.size()));
  }

  /** [start, end) of each paragraph with the line breaks after it. */
  /** One paragraph's [start, end), or null for a text without one. */
  private static int[] randomParagraph(String s, Random r) {
    List<int[]> ps = paragraphs(s);
    return ps.isEmpty() ? null : ps.get(r.nextInt(ps.size()));
  }

  private static List<int[]> paragraphs(String s) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start < s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl + 1;
      while (end < s.length() && s.charAt(end) == '\n') {
        end++;
      }
      out.add(new int[] {start, end});
      start = end;
    }
    return out;
  }
}
