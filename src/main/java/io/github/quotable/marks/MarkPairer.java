package io.github.quotable.marks;

import com.google.common.collect.ImmutableList;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks within each paragraph and sets every token's quotation depth. Straight
 * marks take their direction from the characters around them; apostrophes that look like
 * closing single quotes ("the players’ union") close a quotation only when nothing later can;
 * an unclosed mark runs to the end of its sentence, or of its paragraph when it opens the
 * paragraph (news convention), and never further.
 */
public final class MarkPairer {
  private MarkPairer() {}

  /**
   * The quoted spans of the text, in order of their opening, with depths set on the tokens.
   * Called before the sentences are split: it works in the array that will hold them.
   */
  public static ImmutableList<QuotedSpan> pair(Tokens t) {
    List<QuotedSpan> spans = new ArrayList<>();
    OpenMarks marks = new OpenMarks(); // one stack, emptied for each paragraph
    // by the paragraphs' starts, not a pass over every token: that loop, once a text, was
    // compiled on the stack with the sort and the depths after it
    for (int p = 0; p < t.paragraphCount(); p++) {
      int end = p + 1 < t.paragraphCount() ? t.paragraphStart(p + 1) : t.size();
      new Paragraph(t, t.paragraphStart(p), end).pair(spans, marks);
    }
    spans.sort(OUTER_FIRST);
    possessives(t, spans);
    return withDepths(t, spans);
  }

  /**
   * Gives the possessive type to every single mark after an "s" that pairs with nothing and
   * is followed by a capitalised organisation word ("the Irish Farmers' Association", "the
   * Teachers' Union of Ireland"), so that names read on through it.
   */
  private static void possessives(Tokens t, List<QuotedSpan> spans) {
    BitSet used = new BitSet(t.size());
    for (QuotedSpan s : spans) {
      if (s.open >= 0) {
        used.set(s.open);
      }
      if (s.close >= 0) {
        used.set(s.close);
      }
    }
    for (int i = 1; i + 1 < t.size(); i++) {
      if (t.type(i) == TokenType.QUOTE && !used.get(i) && pluralApostrophe(t, i)) {
        t.markPossessive(i);
      }
    }
  }

  private static boolean pluralApostrophe(Tokens t, int i) {
    Glyph g = Glyph.of(t, i);
    if (g.isDouble || t.end(i) - t.start(i) != 1 || !t.has(i, Shape.GLUED)
        || t.has(i + 1, Shape.GLUED) || t.type(i + 1) != TokenType.WORD || !t.cap(i + 1)
        || !t.is(i + 1, WordClass.ORG)
        || t.type(i - 1) != TokenType.WORD || t.paragraph(i) != t.paragraph(i + 1)) {
      return false;
    }
    char prev = t.charAt(t.start(i) - 1);
    return prev == 's' || prev == 'S';
  }

  /** By opening, the longer of two spans opening together first. */
  private static final Comparator<QuotedSpan> OUTER_FIRST = new Comparator<>() {
    @Override
    public int compare(QuotedSpan a, QuotedSpan b) {
      int byFirst = Integer.compare(a.outerFirst(), b.outerFirst());
      return byFirst != 0 ? byFirst : Integer.compare(b.outerEnd(), a.outerEnd());
    }
  };

  private static ImmutableList<QuotedSpan> withDepths(Tokens t, List<QuotedSpan> spans) {
    // size() ints: a span's bounds at size() (an opener that ends the text) change no depth
    int[] delta = t.scratch(); // it may be longer than size()
    for (QuotedSpan s : spans) {
      if (s.first < t.size()) {
        delta[s.first]++;
      }
      if (s.end < t.size()) {
        delta[s.end]--;
      }
    }
    int[] depth = delta; // summed in place: depth[i] = delta[0] + ... + delta[i]
    int d = 0;
    for (int i = 0; i < t.size(); i++) {
      d += delta[i];
      depth[i] = d;
    }
    t.setDepths(depth);
    ImmutableList.Builder<QuotedSpan> out = ImmutableList.builder();
    for (QuotedSpan s : spans) {
      int level = s.outerFirst() < s.first ? depth[s.outerFirst()] + 1
          : Math.max(1, depth[s.first]);
      out.add(new QuotedSpan(s.open, s.close, s.first, s.end, s.contentStart, s.contentEnd,
          level, s.continues));
    }
    return out.build();
  }

  /** The marks of one paragraph, tokens [from, to). */
  private static final class Paragraph {
    private final Tokens t;
    private final int from;
    private final int to;

    Paragraph(Tokens t, int from, int to) {
      this.t = t;
      this.from = from;
      this.to = to;
    }

    void pair(List<QuotedSpan> out, OpenMarks marks) {
      marks.popTo(0);
      int lastWeakSingleClose = lastSingleClose();
      boolean sawOpen = false;
      for (int i = from; i < to; i++) {
        if (t.type(i) != TokenType.QUOTE) {
          continue;
        }
        Glyph g = glyph(i);
        Glyph.Role role = role(i, g);
        int match = marks.innermost(g.isDouble);
        boolean closes = role == Glyph.Role.CLOSE
            || role == Glyph.Role.EITHER && match >= 0
            || g == Glyph.OPEN_DOUBLE && match >= 0 && isLowOpener(marks.token(match));
        if (closes && match >= 0 && !(weakClose(i, g) && i < lastWeakSingleClose)) {
          out.add(closed(marks.token(match), i));
          marks.popTo(match);
        } else if (closes && match < 0 && !sawOpen && g.isDouble && closesUnopened(i)) {
          out.add(new QuotedSpan(-1, i, from, i, t.start(from), t.start(i), 1, false));
        } else if (role != Glyph.Role.CLOSE && !(g == Glyph.EITHER_SINGLE && weakClose(i, g))
            && !(!g.isDouble && marks.innermost(false) >= 0 && elidedStart(i))) {
          marks.push(i, g.isDouble);
          sawOpen = true;
        }
      }
      if (!marks.isEmpty() && (marks.token(0) == from || marks.isDouble(0)
          || nextParagraphOpens(marks.token(0)))) {
        out.add(unclosed(marks.token(0)));
      }
    }

    /** The content between the marks, without the spaces French copy puts inside them. */
    private QuotedSpan closed(int open, int close) {
      boolean words = close > open + 1;
      return new QuotedSpan(open, close, open + 1, close, words ? t.start(open + 1) : t.end(open),
          words ? t.end(close - 1) : t.start(close), 1, false);
    }

    /** An opener never closed: to the paragraph end if it opens the paragraph, else its sentence. */
    private QuotedSpan unclosed(int open) {
      boolean carried = nextParagraphOpens(open);
      int end = open == from || carried ? to : sentenceEnd(open + 1);
      // a carried opener is not chained to the next paragraph's quotation: whose that is, a tag
      // after it may say ("“A.¶“B,” added Y" is Y's), the tag before this one already has
      boolean continues = open == from && end == to && to < t.size()
          && t.type(to) == TokenType.QUOTE
          && glyph(to).isDouble == glyph(open).isDouble;
      int contentEnd = end > open + 1 ? t.end(end - 1) : t.end(open);
      return new QuotedSpan(open, -1, open + 1, Math.max(open + 1, end), t.end(open), contentEnd,
          1, continues);
    }

    /**
     * Whether the next paragraph opens with a mark like this unclosed one, glued to its first
     * word, and no later mark of its kind stands in this paragraph: the news convention for a
     * quotation running over paragraphs, whose marks close only in the last ("She said:
     * ‘A.¶‘B.’"), so the opener runs to its paragraph's end.
     */
    private boolean nextParagraphOpens(int open) {
      boolean isDouble = glyph(open).isDouble;
      for (int k = open + 1; k < to; k++) {
        if (t.type(k) == TokenType.QUOTE && glyph(k).isDouble == isDouble) {
          return false; // a later mark of its kind: the pairing of this paragraph is unsure
        }
      }
      return to + 1 < t.size() && t.type(to) == TokenType.QUOTE
          && glyph(to).isDouble == glyph(open).isDouble && glyph(to).role != Glyph.Role.CLOSE
          && glued(to + 1) && t.type(to + 1) != TokenType.QUOTE
          && t.paragraph(to + 1) == t.paragraph(to);
    }

    private int sentenceEnd(int i) {
      for (; i < to; i++) {
        if (isTerminal(i) && (i + 1 == to || t.cap(i + 1))) {
          return i + 1;
        }
      }
      return to;
    }

    private boolean isTerminal(int i) {
      return t.type(i) == TokenType.PUNCT && (t.isChar(i, '.') || t.isChar(i, '!')
          || t.isChar(i, '?'));
    }

    private boolean isLowOpener(int token) {
      return glyph(token) == Glyph.LOW_DOUBLE;
    }

    private Glyph.Role role(int i, Glyph g) {
      return g.role(leftFlanking(i), rightFlanking(i));
    }

    /**
     * Followed by a non-space and preceded by a space, the paragraph start or an opener; not
     * followed by punctuation that ends a phrase: a mark spaced from its words, as French copy
     * spaces guillemets ("« Nous sommes prêts », said"), closes before the comma.
     */
    private boolean leftFlanking(int i) {
      boolean spaceAfter = i + 1 >= to || !glued(i + 1);
      if (spaceAfter || t.type(i + 1) == TokenType.PUNCT
          && ",.;:!?)]".indexOf(t.firstChar(i + 1)) >= 0) {
        return false;
      }
      if (i == from || !glued(i)) {
        return true;
      }
      return opensBefore(t.charAt(t.start(i) - 1)) || t.type(i - 1) == TokenType.QUOTE;
    }

    /** The chars after which a glued mark opens, as a space before it would have it. */
    private static boolean opensBefore(char c) {
      return switch (c) {
        case '(', '[', '{', '—', '–', '-', '/' -> true;
        default -> false;
      };
    }

    /** Preceded by a non-space and followed by a space, the paragraph end or punctuation. */
    private boolean rightFlanking(int i) {
      if (i == from || !glued(i)) {
        return false;
      }
      if (i + 1 >= to || !glued(i + 1)) {
        return true;
      }
      TokenType next = t.type(i + 1);
      return next == TokenType.PUNCT && !t.isChar(i + 1, '(') || next == TokenType.QUOTE
          || next == TokenType.DASH || next == TokenType.ELLIPSIS;
    }

    /** The glyph of the quotation mark at token i, read without copying it out. */
    private Glyph glyph(int i) {
      return Glyph.of(t, i);
    }

    private boolean glued(int i) {
      return t.has(i, Shape.GLUED);
    }

    /**
     * A single closing mark right after an "s" or a dropped "g", before a word: maybe a plural
     * possessive ("the players' fault") or an elision ("goin' home").
     */
    private boolean weakClose(int i, Glyph g) {
      if (g.isDouble || i == from || !glued(i)) {
        return false;
      }
      int at = t.start(i);
      char prev = t.charAt(at - 1);
      boolean droppedG = (prev == 'n' || prev == 'N') && at >= 2
          && (t.charAt(at - 2) == 'i' || t.charAt(at - 2) == 'I');
      return (prev == 's' || prev == 'S' || droppedG) && i + 1 < to && glued(i + 1) == false
          && t.type(i + 1) == TokenType.WORD;
    }

    /**
     * A single mark glued to a word that speech shortens at its start ("'cause", "'em",
     * "'til"): inside a single-quoted quotation, an elision, not a nested opener.
     */
    private boolean elidedStart(int i) {
      int w = i + 1;
      return w < to && glued(w) && t.type(w) == TokenType.WORD && t.lower(w)
          && (t.is(w, "cause") || t.is(w, "em") || t.is(w, "til") || t.is(w, "bout")
              || t.is(w, "tis") || t.is(w, "twas"));
    }

    /**
     * The last single mark that may close, or -1. Read forwards, keeping the last: the loop
     * counting down that stopped at it was compiled with a check on its bounds that some
     * paragraph fails, which sent the compiled pairer back to be compiled again.
     */
    private int lastSingleClose() {
      int last = -1;
      for (int i = from; i < to; i++) {
        if (t.type(i) == TokenType.QUOTE && singleMayClose(i)) {
          last = i;
        }
      }
      return last;
    }

    private boolean singleMayClose(int i) {
      Glyph g = glyph(i);
      return !g.isDouble && role(i, g) != Glyph.Role.OPEN;
    }

    /** A closing mark in a paragraph with no opener before it, after sentence punctuation. */
    private boolean closesUnopened(int i) {
      return i > from + 2 && t.type(i - 1) == TokenType.PUNCT
          && ",.!?".indexOf(t.firstChar(i - 1)) >= 0;
    }
  }
}
