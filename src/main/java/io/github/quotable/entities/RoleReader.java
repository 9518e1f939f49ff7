package io.github.quotable.entities;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the roles the article gives a name: titles before it ("Iranian Defence Minister
 * Brigadier-General Amir Hatami"), an appositive after it ("Lama Fakih, deputy Middle East
 * director at HRW,"), one before it ("the Republican nominee, Donald Trump"), a party label
 * ("(R-Utah)"), and "Representative Charles Rangel of New York".
 */
final class RoleReader {
  private static final int MAX_APPOSITIVE = 16;
  private final Tokens t;
  private final Vocabulary vocabulary;
  private final NounPhrases np;

  RoleReader(Tokens t, Vocabulary vocabulary, NounPhrases np) {
    this.t = t;
    this.vocabulary = vocabulary;
    this.np = np;
  }

  /** The roles around a name whose run is [runFirst, end) and whose core starts at coreFirst. */
  List<String> roles(int runFirst, int coreFirst, int end, int limit, int sentenceEnd) {
    List<String> out = new ArrayList<>();
    int prefixFirst = lowerCasePrefix(runFirst, limit);
    titles(prefixFirst, coreFirst, out);
    placeOfTitle(prefixFirst, coreFirst, end, sentenceEnd, out);
    appositiveAfter(end, sentenceEnd, out);
    appositiveBefore(prefixFirst, limit, out);
    partyLabel(end, sentenceEnd, out);
    return out;
  }

  /** Lower-case role words before a name: "former secretary of state", "retired general". */
  private int lowerCasePrefix(int runFirst, int limit) {
    if (runFirst - 1 < limit || !isRoleHead(runFirst - 1)) {
      return runFirst;
    }
    int k = runFirst - 1;
    while (k - 1 >= limit && t.depth(k - 1) == 0 && (Words.nounish(t, k - 1)
        && !t.is(k - 1, WordClass.CUE) || t.is(k - 1, "of") && k - 2 >= limit
        && Words.nounish(t, k - 2))) {
      k--;
    }
    return k;
  }

  private boolean isRoleHead(int i) {
    return t.depth(i) == 0 && (Words.role(t, i) || t.is(i, WordClass.TITLE));
  }

  /** Splits the title prefix into roles after each title word followed by another title. */
  private void titles(int from, int to, List<String> out) {
    int start = from;
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.HONORIFIC)) {
        add(start, k, out);
        start = k + 1;
        continue;
      }
      int n = vocabulary.phrase(WordClass.TITLE, t, k, t.word(k));
      boolean head = n > 0 || t.is(k, WordClass.ROLE);
      int after = k + Math.max(n, 1);
      if (head && after < to && startsRole(after)) {
        addIfRole(start, after, out);
        start = after;
      }
      if (n > 1) {
        k = after - 1;
      }
    }
    addIfRole(start, to, out);
  }

  private void addIfRole(int from, int to, List<String> out) {
    if (hasRoleWord(from, to)) {
      add(from, to, out);
    }
  }

  private boolean startsRole(int k) {
    return t.is(k, WordClass.HONORIFIC) || t.is(k, WordClass.DEMONYM)
        || vocabulary.phrase(WordClass.TITLE, t, k, t.word(k)) > 0;
  }

  /** "Rep. Charles Rangel of New York" gives "Representative of New York". */
  private void placeOfTitle(int from, int core, int end, int sentenceEnd, List<String> out) {
    if (end + 1 >= sentenceEnd || !t.is(end, "of") || !Words.nameWord(t, end + 1)
        || from >= core) {
      return;
    }
    int k = end + 1;
    while (k < sentenceEnd && Words.nameWord(t, k)) {
      k++;
    }
    int title = core - 1;
    while (title > from && !t.is(title, WordClass.TITLE)) {
      title--;
    }
    if (!t.is(title, WordClass.TITLE)) {
      return;
    }
    String word = t.string(title);
    String expanded = vocabulary.expansion(word);
    out.add((expanded == null ? word : expanded) + " of " + t.string(end + 1, k));
  }

  /** "NAME, an Iraqi judge and Justice Ministry spokesman," */
  private void appositiveAfter(int end, int sentenceEnd, List<String> out) {
    if (end >= sentenceEnd || !Words.comma(t, end)) {
      return;
    }
    int to = end + 1;
    while (to < sentenceEnd && to - end <= MAX_APPOSITIVE && t.depth(to) == 0
        && !Words.comma(t, to) && !Words.terminal(t, to) && !t.is(to, WordClass.REL)
        && !(t.is(to, WordClass.CUE) && !Words.role(t, to))) {
      to++;
    }
    if (to - end > MAX_APPOSITIVE || to >= sentenceEnd) {
      return;
    }
    coordinated(end + 1, to, out);
  }

  /** "the Republican presidential nominee, Donald J. Trump" */
  private void appositiveBefore(int nameFirst, int limit, List<String> out) {
    int comma = nameFirst - 1;
    if (comma - 1 < limit || !Words.comma(t, comma) || !isRoleHead(comma - 1)) {
      return;
    }
    int k = comma - 1;
    while (k - 1 >= limit && t.depth(k - 1) == 0 && !Words.comma(t, k - 1)
        && !t.isAny(k - 1, Words.OPENERS) && comma - k < MAX_APPOSITIVE
        && (Words.nounish(t, k - 1) || Words.nameWord(t, k - 1) || t.is(k - 1, "of"))) {
      k--;
    }
    if (k - 1 >= limit && t.isAny(k - 1, Words.OPENERS)) {
      addIfRole(k, comma, out);
    }
  }

  /** "(R-Utah)", "(D-Md.)" */
  private void partyLabel(int end, int sentenceEnd, List<String> out) {
    if (end + 2 >= sentenceEnd || !t.isChar(end, '(')) {
      return;
    }
    int close = end + 1;
    while (close < sentenceEnd && close - end < 5 && !t.isChar(close, ')')) {
      close++;
    }
    if (close < sentenceEnd && t.isChar(close, ')') && t.has(end + 1,
        io.github.quotable.text.Shape.HYPHEN) && t.end(end + 1) - t.start(end + 1) <= 12) {
      add(end + 1, close, out);
    }
  }

  /** A role phrase, split where "and" joins two roles: "an Iraqi judge and … spokesman". */
  void coordinated(int from, int to, List<String> out) {
    if (!hasRoleWord(from, to)) {
      return;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (t.is(k, "and") && hasRoleWord(from, k) && hasRoleWord(k + 1, to)) {
        add(from, k, out);
        add(k + 1, to, out);
        return;
      }
    }
    add(from, to, out);
  }

  boolean hasRoleWord(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.role(t, k) || t.is(k, WordClass.TITLE)
          || vocabulary.phrase(WordClass.TITLE, t, k, t.word(k)) > 1) {
        return true;
      }
    }
    return false;
  }

  /** Adds the role [from, to) without a leading article or trailing punctuation. */
  void add(int from, int to, List<String> out) {
    while (from < to && (t.isAny(from, Words.OPENERS) && t.is(from, WordClass.DET)
        || t.type(from) == TokenType.PUNCT)) {
      from++;
    }
    while (to > from && (t.type(to - 1) == TokenType.PUNCT && !t.isChar(to - 1, ')')
        || t.type(to - 1) == TokenType.QUOTE)) {
      to--;
    }
    if (from < to && to - from <= MAX_APPOSITIVE) {
      out.add(t.string(from, to));
    }
  }
}
