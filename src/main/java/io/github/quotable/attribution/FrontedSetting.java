package io.github.quotable.attribution;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;

/**
 * A phrase opening a sentence that says to whom or where the main clause's speaker spoke:
 * "Speaking to the BBC, …" (an addressee), "Writing in the Guardian, …", "Speaking on ITV's
 * morning show, …", "In a post on X, …", "In a statement, …" (a medium). Found once a sentence.
 */
final class FrontedSetting {
  private static final int MAX = 10;

  private final Tokens t;
  private final NounPhrases np;
  /** The comma that closes the phrase, or -1 if the sentence opens with none. */
  int comma = -1;
  /** The addressee, or null. */
  Phrase addressee;
  /** The medium's tokens [mediumFirst, mediumEnd), or -1. */
  int mediumFirst = -1;
  int mediumEnd = -1;

  FrontedSetting(Tokens t, NounPhrases np) {
    this.t = t;
    this.np = np;
  }

  /** Reads the opening of sentence s. */
  void read(Sentence s) {
    comma = -1;
    addressee = null;
    mediumFirst = -1;
    mediumEnd = -1;
    int first = s.first();
    int c = commaAfter(first, s.end());
    if (c < 0 || first + 2 >= c) {
      return;
    }
    boolean speaking = t.is(first, "speaking") || t.is(first, "talking");
    boolean writing = t.is(first, "writing") || t.is(first, "posting");
    if (speaking && (t.is(first + 1, "to") || t.is(first + 1, "with"))) {
      Phrase p = np.after(first + 2, c);
      if (p != null && p.first() == first + 2) {
        addressee = p;
        comma = c;
      }
    } else if ((speaking || writing) && (t.is(first + 1, "on") || t.is(first + 1, "in")
        || t.is(first + 1, "at"))) {
      // "Writing in the Guardian", "Speaking on Radio 4": a named outlet after "on", or after
      // "in" when writing; "Speaking in Leeds" names a place, no medium
      boolean outlet = t.is(first + 1, "on") || writing && t.is(first + 1, "in");
      medium(first + 1, c, outlet);
    } else if (t.is(first, "in")) {
      medium(first, c, false); // "In a statement,", "In a post on X,"
    }
  }

  /** Takes [from, to) as the medium when a medium noun heads it, or a name if outlets count. */
  private void medium(int from, int to, boolean outlet) {
    boolean heads = false;
    for (int k = from + 1; k < to && !t.is(k, WordClass.PREP) && !t.is(k, "to"); k++) {
      heads |= t.is(k, WordClass.MEDIUM); // "In a post on X", not "In the wake of a report"
    }
    int name = from + 1 < to && t.is(from + 1, "the") ? from + 2 : from + 1;
    if (heads || outlet && name < to && Words.nameWord(t, name)) {
      mediumFirst = from;
      mediumEnd = to;
      comma = to;
      for (int k = from + 2; k + 1 < to; k++) {
        if (t.is(k, WordClass.PREP) && t.is(k + 1, WordClass.TIME)) {
          mediumEnd = k; // "In a statement on Monday": the day is no part of the medium
          break;
        }
      }
    }
  }

  private int commaAfter(int first, int end) {
    for (int k = first + 1; k < end && k - first <= MAX; k++) {
      if (t.depth(k) > 0 || Words.terminal(t, k)) {
        return -1;
      }
      if (Words.comma(t, k)) {
        return k;
      }
    }
    return -1;
  }
}
