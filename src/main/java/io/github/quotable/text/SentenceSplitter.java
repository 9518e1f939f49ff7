package io.github.quotable.text;

import com.google.common.collect.ImmutableList;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Splits paragraphs into sentences at . ! ? followed by what can start a sentence, never after
 * an abbreviation or initial ("Sen.", "J."), nor inside a quotation; "U.S." and the like end a
 * sentence only before a capitalised function word ("in the U.S. The ...").
 *
 * <p>A sentence never exceeds {@link #MAX_TOKENS} tokens: a longer run without a break (a list
 * with no full stop, a line of junk, a quotation that never closes) is cut every
 * {@code MAX_TOKENS} tokens, so that the later stages, which may scan a whole sentence for each
 * cue in it, take time linear in the text. No sentence of the shared corpora comes near it.
 */
public final class SentenceSplitter {
  /**
   * The longest sentence, in tokens. The longest in the 31,130 sentences of the shared corpora
   * has 336, 99.9% have at most 150.
   */
  public static final int MAX_TOKENS = 512;
  private static final long STARTERS = WordClass.mask(WordClass.DET, WordClass.SUBJ,
      WordClass.CONJ, WordClass.PREP, WordClass.SUB, WordClass.ADV, WordClass.POSS,
      WordClass.QUANT);

  private SentenceSplitter() {}

  /**
   * The sentences of the text; sets each token's sentence index.
   *
   * @param quoted tokens inside a quotation that must not be split
   */
  public static ImmutableList<Sentence> split(Tokens t, BitSet quoted) {
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    int index = 0;
    // a paragraph at a time, as no sentence crosses one: a loop over the whole text, run once
    // a text, was compiled twice, on the stack (OSR) while it ran and then for the next texts
    for (int p = 0; p < t.paragraphCount(); p++) {
      int end = p + 1 < t.paragraphCount() ? t.paragraphStart(p + 1) : t.size();
      index = splitParagraph(t, quoted, p, t.paragraphStart(p), end, index, out);
    }
    return out.build();
  }

  /**
   * Adds the sentences of paragraph p, tokens [from, to), numbered from {@code index}; returns
   * the index after the last.
   */
  private static int splitParagraph(Tokens t, BitSet quoted, int p, int from, int to,
      int index, ImmutableList.Builder<Sentence> out) {
    int first = from;
    for (int i = from; i < to; i++) {
      boolean paragraphEnd = i + 1 == to;
      boolean full = i - first + 1 >= MAX_TOKENS;
      int last = paragraphEnd || full ? i
          : i == first && first == from ? datelineEnd(t, first)
          : -1;
      if (last < 0 && !paragraphEnd && !full) {
        last = breakAfter(t, first, i, quoted);
      }
      if (last >= 0) {
        Arrays.fill(t.sentence, first, last + 1, index);
        out.add(new Sentence(index++, first, last + 1, p));
        first = last + 1;
        i = last;
      }
    }
    return index;
  }

  /**
   * A wire dateline opening a paragraph ("WASHINGTON (Reuters) -", "LONDON, May 3 (AP) —",
   * "NEW YORK —", "Washington (AFP) –"): its dash, which ends a sentence of its own so that the
   * story's first sentence starts after it; or -1. Capitals up to the first comma, then a date,
   * an agency in brackets; a place in title case only before an agency.
   */
  static int datelineEnd(Tokens t, int p) {
    if (!t.isWord(p) || !t.cap(p) || t.end(p) - t.start(p) < 2) {
      return -1;
    }
    boolean comma = false;
    boolean titleCase = !t.has(p, Shape.UPPER);
    boolean agency = false;
    for (int k = p + 1; k < t.size() && k - p <= 12 && !t.startsParagraph(k); k++) {
      TokenType type = t.type(k);
      if (type == TokenType.DASH) {
        return k + 1 < t.size() && !t.startsParagraph(k + 1) && t.cap(k + 1)
            && (agency || !titleCase) ? k : -1;
      }
      if (t.isChar(k, '(')) {
        // "(Reuters)": one or two words, then the dash
        int close = k + 1;
        while (close < t.size() && close - k <= 3 && t.isWord(close)) {
          close++;
        }
        if (close == k + 1 || close >= t.size() || !t.isChar(close, ')')) {
          return -1;
        }
        agency = true;
        k = close;
      } else if (t.isChar(k, ',')) {
        comma = true;
      } else if (type == TokenType.WORD && !comma && !agency && titleCase && t.cap(k)) {
        continue; // "New York (AFP) –"
      } else if (type == TokenType.WORD ? !t.has(k, Shape.UPPER) && !(comma && t.cap(k))
          : type != TokenType.NUMBER || !comma) {
        return -1;
      }
    }
    return -1;
  }

  /** The last token of a sentence ending at token i (with its closing marks), or -1. */
  private static int breakAfter(Tokens t, int first, int i, BitSet quoted) {
    if (!ends(t, i) || quoted.get(i)) { // most tokens end nothing: asked first
      return -1;
    }
    int last = i;
    while (last + 1 < t.size() && last + 1 - first < MAX_TOKENS
        && !t.startsParagraph(last + 1) // tokens i to last are of one paragraph
        && t.has(last + 1, Shape.GLUED) && closer(t, last + 1)) {
      last++;
    }
    if (last + 1 >= t.size() || t.startsParagraph(last + 1)) {
      return last;
    }
    int next = last + 1;
    boolean starts = t.cap(next) || t.type(next) == TokenType.NUMBER
        || t.type(next) == TokenType.QUOTE && !t.has(next, Shape.GLUED)
        || opensBracket(t, next);
    if (!starts || last > i && !t.isChar(i, '.') && speechTagFollows(t, next)) {
      return -1;
    }
    if (t.isWord(i)) {
      Word w = t.word(next);
      boolean afterTime = clockTime(t, i) && t.cap(next) && t.isWord(next)
          && !TIME_ZONES.contains(t.string(next)); // "at 5 p.m. Lee said", not "5 p.m. ET"
      return t.type(next) == TokenType.QUOTE || w != null && w.isAny(STARTERS) || afterTime
          ? last : -1;
    }
    return last;
  }

  private static final java.util.Set<String> TIME_ZONES = java.util.Set.of("ET", "EST", "EDT",
      "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST", "CET", "UTC",
      "Eastern", "Central", "Mountain", "Pacific", "local", "Local");

  private static boolean clockTime(Tokens t, int i) {
    String w = t.string(i);
    return w.equalsIgnoreCase("a.m.") || w.equalsIgnoreCase("p.m.");
  }

  /** Whether token i ends a sentence: . ! ? or a word ending one ("U.S."). */
  private static boolean ends(Tokens t, int i) {
    TokenType type = t.type(i);
    if (type == TokenType.PUNCT) {
      char c = t.firstChar(i);
      return c == '.' || c == '!' || c == '?';
    }
    if (type == TokenType.WORD && t.has(i, Shape.PERIOD) && !t.has(i, Shape.INITIAL)) {
      Word w = t.word(i);
      return w == null || !w.is(WordClass.ABBREV) && !w.is(WordClass.TITLE)
          && !w.is(WordClass.HONORIFIC) || w.is(WordClass.ABBREV_END);
    }
    return false;
  }

  /** "“Is it over?” Hale asked.": a name and a cue verb after a quotation continue it. */
  private static boolean speechTagFollows(Tokens t, int next) {
    for (int k = next; k < Math.min(t.size(), next + 6); k++) {
      Word w = t.word(k);
      if (w != null && w.is(WordClass.CUE)
          && (w.isForm(CueForm.PAST)
              || w.isForm(CueForm.THIRD))) {
        return true;
      }
      if (t.type(k) != TokenType.WORD || k > next && t.startsParagraph(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether token i is "(" or "[", read from a table: a branch for "[", which the first texts
   * may never take, would send the compiled splitter back to be compiled again.
   */
  private static boolean opensBracket(Tokens t, int i) {
    return t.end(i) - t.start(i) == 1 && OPENS_BRACKET[Math.min(t.firstChar(i), 0x7f)];
  }

  private static final boolean[] OPENS_BRACKET = new boolean[0x80];

  static {
    OPENS_BRACKET['('] = true;
    OPENS_BRACKET['['] = true;
  }

  private static boolean closer(Tokens t, int i) {
    return t.type(i) == TokenType.QUOTE || t.isChar(i, ')') || t.isChar(i, ']');
  }
}
