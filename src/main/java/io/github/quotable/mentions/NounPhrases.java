package io.github.quotable.mentions;

import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;

/**
 * Finds the noun phrase that ends right before a cue ("the Iraqi military said") or starts
 * right after one ("said Donna Brazile, the interim chairwoman"), from word classes and
 * capitalisation alone. Phrases stay inside [limit, ...) and outside quotations.
 */
public final class NounPhrases {
  private static final int MAX = 16;
  private final Tokens t;
  /**
   * {@link #nameToken} of each token, all found at once: the compiler then inlines an array
   * read at every call instead of the name tests, which it compiled into each caller.
   */
  private final byte[] names;
  private static final byte NO = 1;
  private static final byte YES = 2;

  /**
   * Slots of the memory of {@link #before}'s answers, by end token. The sieves ask for the
   * phrase before the same cue again and again (about half the calls repeat one); a sentence's
   * cues fit in this many slots.
   */
  private static final int BEFORE_SLOTS = 32;
  /** The end token of each slot's answer plus one (0: empty), its limit and its phrase. */
  private final int[] beforeEnd = new int[BEFORE_SLOTS];
  private final int[] beforeLimit = new int[BEFORE_SLOTS];
  private final Phrase[] beforePhrase = new Phrase[BEFORE_SLOTS];

  public NounPhrases(Tokens t) {
    this.t = t;
    this.names = new byte[t.size()];
    // a paragraph at a time: a loop over the whole text, run once a text, was compiled on the
    // stack (OSR) while it ran and again for later texts
    for (int p = 0; p < t.paragraphCount(); p++) {
      int end = p + 1 < t.paragraphCount() ? t.paragraphStart(p + 1) : t.size();
      findNames(t.paragraphStart(p), end);
    }
  }

  private void findNames(int from, int to) {
    for (int i = from; i < to; i++) {
      names[i] = isNameToken(i) ? YES : NO;
    }
  }

  /**
   * The phrase ending at token {@code end - 1} (verb-group words before the cue already
   * skipped by the caller), not reaching before {@code limit}; null if none.
   */
  public Phrase before(int end, int limit) {
    int slot = end & (BEFORE_SLOTS - 1);
    if (beforeEnd[slot] == end + 1 && beforeLimit[slot] == limit) {
      return beforePhrase[slot];
    }
    Phrase p = readBefore(end, limit);
    beforeEnd[slot] = end + 1;
    beforeLimit[slot] = limit;
    beforePhrase[slot] = p;
    return p;
  }

  private Phrase readBefore(int end, int limit) {
    int i = skipTime(end - 1, limit);
    if (i < limit || t.depth(i) > 0) {
      return null;
    }
    Phrase work = workBeforeParticiple(i, limit);
    if (work != null) {
      return work;
    }
    if (t.isChar(i, ')')) {
      int open = openParen(i, limit);
      return open > limit ? before(open, limit) : null;
    }
    if (t.type(i) == TokenType.DASH) {
      int open = openingDash(i, limit); // "insiders in two states — Nevada and Ohio — said"
      return open > limit ? before(open, limit) : null;
    }
    if ((t.is(i, WordClass.OBJ) || t.is(i, "whom") || t.is(i, "which")) && i - 2 >= limit
        && t.is(i - 1, "of") && (t.is(i - 2, WordClass.QUANT)
        || t.type(i - 2) == TokenType.NUMBER)) {
      // "several of them said", "all of whom opposed"
      Phrase.Kind kind = t.is(i, WordClass.OBJ) ? Phrase.Kind.PRONOUN : Phrase.Kind.RELATIVE;
      return Phrase.of(i - 2, i + 1, i, i + 1, kind);
    }
    if (Words.comma(t, i)) {
      return appositive(i, limit);
    }
    int stranded = Words.clauseHead(t, i, limit);
    Phrase noun = stranded < 0 ? null : nounPhraseEndingAt(stranded, limit);
    if (noun != null) {
      // "people I've spoken with said", "the experts I interviewed said": the noun with its
      // clause, about the noun
      return Phrase.of(noun.first(), i + 1, noun.headFirst(), noun.headEnd(),
          Phrase.Kind.NOMINAL);
    }
    Phrase modified = modifiedByPronoun(i, limit);
    if (modified != null) {
      return modified;
    }
    if (t.is(i, WordClass.SUBJ) && !t.has(i, Shape.UPPER) && (t.lower(i) || i == limit
        || t.isChar(i - 1, ':')) // "It is paying off: He said …"
        || t.is(i, "I") && !t.has(i, Shape.UPPER)) {
      return t.is(i, WordClass.PRONOUN) ? Phrase.of(i, i + 1, i, i + 1, Phrase.Kind.PRONOUN)
          : null;
    }
    if (t.is(i, WordClass.REL) && !t.is(i, "what") && !t.has(i, Shape.UPPER)
        && (i == limit || !t.is(i - 1, WordClass.PREP))) {
      return Phrase.of(i, i + 1, i, i + 1, Phrase.Kind.RELATIVE);
    }
    if (Words.standsAlone(t, i, limit)) {
      return Phrase.of(i, i + 1, i, i + 1, Phrase.Kind.NOMINAL); // "…, another says"
    }
    if (i - 1 >= limit && Words.edWord(t, i) && t.is(i - 1, "those")) {
      // "those surveyed say", "those polled said"
      return Phrase.of(i - 1, i + 1, i - 1, i + 1, Phrase.Kind.NOMINAL);
    }
    Phrase polled = pluralBeforeParticiple(i, limit);
    if (polled != null) {
      return polled;
    }
    if (Shares.floating(t, i, limit)) {
      int k = i;
      while (k - 1 > limit && t.isAny(k - 1, Words.AUXILIARIES)) {
        k--;
      }
      return k > limit ? before(k, limit) : null; // "Rubio and Bush both", "they have all"
    }
    Phrase p = nounPhraseEndingAt(i, limit);
    if (p == null) {
      return standing(i, limit); // "most say", "47% say"
    }
    Phrase subject = participleSubject(p, limit);
    return subject != null ? subject : p;
  }

  /**
   * A plural subject closed by a bare past participle: "students polled", "62 percent of
   * voters surveyed". The phrase is about the noun; null if i is no such participle.
   */
  private Phrase pluralBeforeParticiple(int i, int limit) {
    if (i - 1 < limit || !Words.edWord(t, i) || !Words.pluralNoun(t, i - 1)) {
      return null;
    }
    Phrase p = nounPhraseEndingAt(i - 1, limit);
    if (p == null || p.kind() == Phrase.Kind.NAME && p.first() < i - 1) {
      return null; // "Roger Ailes helped found": a name's past verb, no participle
    }
    int k = p.first() - 1; // "he now entertains detailed questions": a verb, no subject
    if (p.first() == i - 1 && k >= limit && !t.is(k, "and") && !t.is(k, "that")
        && !t.is(k, WordClass.PREP) && !Words.comma(t, k)) {
      return null;
    }
    return Phrase.of(p.first(), i + 1, p.headFirst(), p.headEnd(), p.kind());
  }

  /**
   * The plural noun a participle clause ending in p is about: "residents living near the
   * plant", "voters casting ballots". The whole subject, headed by the noun; null if the
   * words before p are no such clause.
   */
  private Phrase participleSubject(Phrase p, int limit) {
    int j = p.first() - 1;
    if (j > limit && t.is(j, WordClass.PREP)) {
      j--; // "living near"
    }
    if (j - 1 < limit || !Words.ingWord(t, j) || t.is(j, WordClass.PREP)
        || !Words.pluralNoun(t, j - 1)) {
      return null;
    }
    Phrase s = nounPhraseEndingAt(j - 1, limit);
    return s == null ? null
        : Phrase.of(s.first(), p.end(), s.headFirst(), s.headEnd(), Phrase.Kind.NOMINAL);
  }

  /**
   * A noun whose modifier ends in an object pronoun: "those close to him", "aides to her",
   * "people familiar with it". The phrase is about the noun; null if i is no such pronoun.
   */
  private Phrase modifiedByPronoun(int i, int limit) {
    int h = Words.pronounModifierHead(t, i, limit);
    if (h < 0) {
      return null;
    }
    if (t.is(h, "those") || t.is(h, "many") || t.is(h, "some")) {
      return Phrase.of(h, i + 1, h, h + 1, Phrase.Kind.NOMINAL);
    }
    Phrase head = Words.pluralNoun(t, h) || Words.role(t, h) ? nounPhraseEndingAt(h, limit) : null;
    return head == null ? null
        : Phrase.of(head.first(), i + 1, head.headFirst(), head.headEnd(), Phrase.Kind.NOMINAL);
  }

  /**
   * "A poll released Friday found", "a report published in late August said": a work noun
   * whose reduced passive relative, with only its date after it, reaches the verb. The phrase
   * is the work; null if the words before the verb are anything else.
   */
  private Phrase workBeforeParticiple(int i, int limit) {
    for (int k = i; k > limit && i - k < 5 && t.depth(k) == 0; k--) {
      if (Words.edWord(t, k) && !t.is(k, WordClass.CUE)) {
        Phrase work = nounPhraseEndingAt(k - 1, limit);
        return work != null && work.kind() == Phrase.Kind.NOMINAL
            && t.is(work.headEnd() - 1, WordClass.WORK) && datesOnly(k + 1, i + 1)
            ? Phrase.of(work.first(), i + 1, work.headFirst(), work.headEnd(),
                Phrase.Kind.NOMINAL) : null;
      }
    }
    return null;
  }

  /** Whether [from, to) holds only a date: "Friday", "last week", "in late August", "on May 3". */
  private boolean datesOnly(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!(t.is(k, WordClass.TIME) || t.type(k) == TokenType.NUMBER || t.is(k, "in")
          || t.is(k, "on") || t.is(k, "last") || t.is(k, "this") || t.is(k, "late")
          || t.is(k, "early") || t.is(k, "earlier"))) {
        return false;
      }
    }
    return true;
  }

  /** Skips a time expression between a subject and its verb: "Hale on Monday said". */
  private int skipTime(int i, int limit) {
    int j = i;
    while (j >= limit && (t.is(j, WordClass.TIME) || t.is(j, "past") || t.is(j, "particular")
        || t.is(j, "recent")) && t.depth(j) == 0 && (t.lower(j) || datedDay(j, i, limit))
        || year(j, limit)) {
      j--;
    }
    if (j < i && j >= limit && (t.is(j, "the") || t.is(j, "this") || t.is(j, "that"))) {
      j--; // "in the past", "this past week"
    }
    if (j < i && j >= limit && (t.is(j, "on") || t.is(j, "last") || t.is(j, "this")
        || t.is(j, "next") || t.is(j, "earlier") || t.is(j, "later") || t.is(j, "late")
        || t.is(j, "early")
        || t.is(j, "in") || t.is(j, "at") || t.is(j, "during"))) {
      j--;
      if (j >= limit && (t.is(j, "earlier") || t.is(j, "later"))) {
        j--; // "earlier in the day"
      }
    }
    while (j < i && j >= limit && t.lower(j) && Words.verbGroup(t, j)
        && !t.isAny(j, WordClass.mask(WordClass.AUX, WordClass.MODAL))) {
      j--; // "just this month", "only last week"
    }
    // "Hale, who chairs the panel, on Friday said": the comma closes the phrase before the
    // date; so does a bracket, "Sen. Lee (R-Utah) on Friday said"
    return j < i && j >= limit && (t.type(j) != TokenType.PUNCT || t.isChar(j, ')')
        || Words.comma(t, j) && j + 1 < i && datedDay(j + 2, i, limit)) ? j : i;
  }

  /**
   * "on Friday", "last March": a capitalised day or month after the word that dates it, before
   * a finite verb ("tweets on Friday saying" keeps its reduced relative).
   */
  private boolean datedDay(int j, int last, int limit) {
    return last + 1 < t.size() && !Words.ingWord(t, last + 1) && j - 1 >= limit
        && t.lower(j - 1) && (t.is(j - 1, "on") || t.is(j - 1, "last")
        || t.is(j - 1, "this") || t.is(j - 1, "next") || t.is(j - 1, "in")
        || t.is(j - 1, "earlier") || t.is(j - 1, "later"));
  }

  /** Whether the text at offset starts with chars a and b. */
  private boolean startsWith(int offset, char a, char b) {
    return t.charAt(offset) == a && t.charAt(offset + 1) == b;
  }

  /** "in 2010": a year after "in", between a subject and its verb. */
  private boolean year(int j, int limit) {
    return j - 1 >= limit && t.type(j) == TokenType.NUMBER && t.end(j) - t.start(j) == 4
        && (startsWith(t.start(j), '1', '9') || startsWith(t.start(j), '2', '0'))
        && t.is(j - 1, "in") && t.depth(j) == 0;
  }

  /** A name or common noun phrase whose last token is i. */
  private Phrase nounPhraseEndingAt(int i, int limit) {
    boolean name = nameToken(i);
    if (!name && !Words.nounish(t, i) && !fieldOfRole(i, limit)) {
      return null;
    }
    int headEnd = i + 1;
    int headFirst = i;
    int k = i;
    if (name) {
      while (k - 1 >= limit && nameToken(k - 1) && !isTitleLike(k - 1) && t.depth(k - 1) == 0) {
        k--;
      }
      headFirst = k;
    }
    int first = extendLeft(k, limit, i);
    if (name) {
      boolean commaAfter = i + 1 < t.size() && Words.comma(t, i + 1);
      int prep = nominalHeadBefore(first, headFirst, commaAfter);
      if (prep > 0) {
        // "a statement from the Harbour Authority": the phrase is about the statement
        return Phrase.of(first, i + 1, first, prep, Phrase.Kind.NOMINAL);
      }
    }
    int reduced = reducedRelative(first, headFirst);
    if (reduced > first) {
      // "the US-led coalition fighting ISIS": the phrase is about the noun before the clause
      return Phrase.of(first, i + 1, first, reduced, Phrase.Kind.NOMINAL);
    }
    if (!name) {
      headFirst = first;
      if (first < i && t.isAny(first, Words.OPENERS) == false && t.is(first, WordClass.PREP)) {
        return null;
      }
      int pp = prepositionInside(first, headEnd);
      if (pp > 0) {
        headEnd = pp;
      }
    }
    if (name && describedByAbbreviation(first, headEnd)) {
      return Phrase.of(first, i + 1, first, headEnd, Phrase.Kind.NOMINAL);
    }
    Phrase.Kind kind = name ? Phrase.Kind.NAME : Phrase.Kind.NOMINAL;
    return Phrase.of(first, i + 1, headFirst, headEnd, kind);
  }

  /**
   * "one MP", "the MEP", "a Labour MP": a role written in capitals after an article or a
   * quantifier describes someone; it names nobody, though it looks like a name.
   */
  private boolean describedByAbbreviation(int first, int headEnd) {
    int head = headEnd - 1;
    return head > first && t.isAny(first, Words.OPENERS)
        && t.has(head, Shape.UPPER) && Words.role(t, head);
  }

  /**
   * An -ing noun naming the field of the role before it: "the minister for housing", "the
   * head of marketing".
   */
  private boolean fieldOfRole(int i, int limit) {
    return i - 2 >= limit && Words.ingWord(t, i) && (t.is(i - 1, "for") || t.is(i - 1, "of"))
        && Words.role(t, i - 2);
  }

  /** A preposition between a determiner and a noun: "an inside source", "the outside counsel". */
  private boolean adjectivalPreposition(int k, int first, int limit) {
    return k - 1 >= first && k + 1 < limit && t.is(k, WordClass.PREP) && t.lower(k)
        && t.is(k - 1, WordClass.DET) && Words.nounish(t, k + 1);
  }

  /** Extends a phrase left over titles, adjectives, possessors and determiners. */
  private int extendLeft(int k, int limit, int last) {
    int first = k;
    for (int j = k - 1; j >= limit && last - j < MAX && t.depth(j) == 0; j--) {
      if (t.isAny(j, Words.OPENERS) && !t.is(j, "that")) {
        if (j - 2 >= limit && (attachingPreposition(j - 1) && Words.nounish(t, j - 2)
            && !t.is(j - 2, WordClass.CUE) || (t.is(j - 1, "to") || t.is(j - 1, "in")
                || t.is(j - 1, "on") || PLACE.has(t, j - 1)) && pluralHead(j - 2))) {
          first = j - 1;
          j--;
          continue;
        }
        if (t.is(j, WordClass.QUANT) && t.lower(j) && j - 1 >= limit
            && t.is(j - 1, WordClass.DET)) {
          return j - 1; // "the two parties", "the most recent poll"
        }
        if (j - 1 > limit && participleInside(j - 1, limit)) {
          first = j - 1; // "the union representing the workers": the clause's object
          j--;
          continue;
        }
        if (j - 3 >= limit && modifiedPlural(j - 1)) {
          first = j - 3; // "sources close to the campaign", "people briefed on the talks"
          j -= 3;
          continue;
        }
        return j;
      }
      if (t.type(j) == TokenType.POSSESSIVE) {
        first = j;
        continue;
      }
      if (j - 2 >= limit && modifiedPlural(j)) {
        first = j - 2;
        j -= 2;
        continue;
      }
      if (t.is(j, "of") || t.is(j, "for") || t.is(j, "from") || t.is(j, "at")
          || t.is(j, "to") && j - 1 >= limit && Words.role(t, j - 1)
          || (t.is(j, "to") || t.is(j, "in") || t.is(j, "on") || PLACE.has(t, j))
              && j - 1 >= limit && pluralHead(j - 1)) {
        if (j - 1 >= limit && (Words.nounish(t, j - 1) || nameToken(j - 1))
            && (!t.is(j - 1, WordClass.CUE) || nameToken(j - 1) && t.cap(j - 1))) {
          // a capitalised cue word is part of a name: "the Secretary of State for Health"
          first = j;
          continue;
        }
        return first;
      }
      if (participleInside(j, limit)) {
        first = j;
        continue;
      }
      if (j - 1 >= limit && adjectivalPreposition(j, j - 1, last + 1)) {
        first = j; // "an inside source", "the outside counsel": the preposition as adjective
        continue;
      }
      if (t.word(j) == null && j + 1 <= last && Words.role(t, j + 1) && Words.ingWord(t, j)
          || j + 1 <= last && ingModifier(j)) {
        first = j; // "shadow housing minister", "a leading economist", "the polling firm"
        continue;
      }
      if (j + 1 <= last && t.type(j + 1) == TokenType.NUMBER && (t.is(j, "in")
          && j - 1 >= limit && (t.type(j - 1) == TokenType.NUMBER || t.is(j - 1, WordClass.QUANT))
          || t.is(j, "than")
          && j - 1 >= limit && (t.is(j - 1, "more") || t.is(j - 1, "fewer")))) {
        first = t.is(j, "than") ? j - 1 : j; // "more than 4 in 10"
        j = first;
        continue;
      }
      if (t.is(j, "by") && j - 2 >= limit && edWord(j - 1) && Words.nounish(t, j - 2)) {
        first = j - 1;
        j--;
        continue;
      }
      if (nameToken(j) || Words.nounish(t, j) && !verbLike(j) || t.isChar(j, '-')
          || t.is(j, "and") && j - 1 >= limit && nameToken(j - 1) && nameToken(j + 1)
          || (t.is(j, "and") || t.is(j, "or")) && j - 1 >= limit && t.lower(j - 1)
              && t.lower(j + 1) && Words.nounish(t, j - 1) && Words.nounish(t, j + 1)
              && !verbLike(j - 1)) {
        first = j;
        continue;
      }
      return first;
    }
    return first;
  }

  /**
   * Preposition j after "close" or a participle after a plural: "sources close to"; after
   * "close", a lower-case role noun too: "a source close to", "an aide close to".
   */
  private boolean modifiedPlural(int j) {
    return pluralHead(j - 2) && (t.is(j, "to") && t.is(j - 1, "close")
        || t.is(j, WordClass.PREP) && !t.is(j, "that") && Words.edWord(t, j - 1))
        || t.is(j, "to") && t.is(j - 1, "close") && t.lower(j - 2) && Words.role(t, j - 2);
  }

  /** {@link Words#pluralNoun}, not a capitalised name inside a sentence ("Reyes" is no plural). */
  private boolean pluralHead(int j) {
    return Words.pluralNoun(t, j) && (t.lower(j) || t.word(j) != null || !nameToken(j)
        || j == 0 || Words.terminal(t, j - 1));
  }

  /** "the housing agency", "a polling firm": an -ing word between a determiner and a noun. */
  private boolean ingModifier(int j) {
    return t.word(j) == null && Words.ingWord(t, j) && j >= 1 && j + 1 < t.size()
        && t.lower(j + 1) && Words.nounish(t, j + 1) && t.depth(j + 1) == t.depth(j)
        && (t.isAny(j - 1, Words.OPENERS) && !t.is(j - 1, "that")
            || t.type(j - 1) == TokenType.POSSESSIVE);
  }

  /**
   * "The US-led coalition fighting ISIS": an -ing word inside a phrase that begins, a few words
   * further left, with a determiner at the clause start.
   */
  private boolean participleInside(int j, int limit) {
    if (!t.lower(j) || t.word(j) != null || !Words.endsWith(t, j, "ing") || j - 1 < limit
        || !Words.nounish(t, j - 1)) {
      return false;
    }
    for (int k = j - 1; k >= limit && j - k < 6; k--) {
      if (t.isAny(k, Words.OPENERS)) {
        return k == limit || Words.comma(t, k - 1);
      }
      if (!Words.nounish(t, k) && !nameToken(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a spokesman for", "a statement from", "the chief executive of", "the MP for": the
   * preposition after the phrase's head noun, or -1.
   */
  private int nominalHeadBefore(int first, int until, boolean commaAfter) {
    for (int j = first + 1; j < until; j++) {
      if ((t.is(j, "from") || t.is(j, "by") || t.is(j, "for") || t.is(j, "at")
          || t.is(j, "with")) && (t.lower(j - 1) && Words.nounish(t, j - 1)
              || j - 1 == first && t.is(j - 1, WordClass.ROLE_PLURAL) // "Analysts at X"
              || commaAfter && j - 1 == first && t.is(j - 1, WordClass.ROLE)
                  && t.is(j + 1, "the")) // "Counsel for the Crown, Ann Lee, said"
          || (t.is(j, "to") || t.is(j, "in") || t.is(j, "on") || PLACE.has(t, j))
              && pluralHead(j - 1)) {
        return j; // "advisers to Mr. Obama" are not Obama
      }
      if (roleBeforePreposition(first, j)) {
        return j;
      }
      if (j - 2 >= first && modifiedPlural(j)) {
        return j - 1;
      }
    }
    return -1;
  }

  /**
   * "the chief executive of the NHS Confederation", "the MP for Bristol West", "the Governor of
   * the Bank of England": "of" or "for" right after the role noun or title that heads a
   * definite phrase names what the person holds the role in, not the speaker ("Secretary of
   * State John Kerry", without a determiner, is a title before a name).
   */
  private boolean roleBeforePreposition(int first, int j) {
    return (t.is(j, "of") || t.is(j, "for")) && t.lower(j) && t.is(first, WordClass.DET)
        && (Words.role(t, j - 1) || t.is(j - 1, WordClass.TITLE))
        && t.type(j - 1) == TokenType.WORD;
  }

  /** The start of a reduced relative clause inside [first, limit), or -1. */
  private int reducedRelative(int first, int until) {
    for (int j = first + 1; j < until; j++) {
      if (participleInside(j, first) || t.is(j, "by") && j - 1 > first && edWord(j - 1)) {
        return t.is(j, "by") ? j - 1 : j;
      }
    }
    return -1;
  }

  private boolean edWord(int j) {
    return t.lower(j) && Words.endsWith(t, j, "ed");
  }

  private boolean attachingPreposition(int j) {
    return t.is(j, "from") || t.is(j, "by") || t.is(j, "of") || t.is(j, "for") || t.is(j, "at")
        || t.is(j, "with");
  }

  /** A cue verb's finite form used as a verb ("he says"), not a noun ("campaign officials"). */
  public boolean verbLike(int j) {
    Word w = t.word(j);
    return w != null && w.is(WordClass.CUE) && !w.isAny(NOUN_CLASSES)
        && (w.isForm(CueForm.PAST)
            || w.isForm(CueForm.THIRD) && t.lower(j)
            && !w.isForm(CueForm.BASE));
  }

  private static final long NOUN_CLASSES = WordClass.mask(WordClass.ROLE,
      WordClass.ROLE_PLURAL, WordClass.WORK, WordClass.ORG);

  /** The first preposition inside a nominal phrase ("a spokesman for the campaign"), or -1. */
  private int prepositionInside(int first, int end) {
    for (int j = first + 1; j < end; j++) {
      if (t.is(j, WordClass.PREP)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "NAME, APPOSITIVE, said": the comma before the cue closes an appositive (or a relative
   * clause, or both: "General X, head of Y, who met Z, called"); the phrase is the name.
   */
  private Phrase appositive(int comma, int limit) {
    int end = comma;
    for (int links = 0; links < 3; links++) {
      int c = previousComma(end, limit);
      if (c < 0) {
        return null;
      }
      Phrase np = c - 1 >= limit ? nounPhraseEndingAt(c - 1, limit) : null;
      if (np == null && c - 1 >= limit) {
        np = standing(c - 1, limit); // "Another, a retired teacher, said"
      }
      int role = np == null ? -1
          : np.kind() == Phrase.Kind.NOMINAL ? np.first() : theTitle(np, limit);
      if (role >= 0 && allName(c + 1, end)) {
        Phrase person = np.kind() == Phrase.Kind.NOMINAL && !t.is(c + 1, WordClass.FIRST_NAME)
            && !t.is(c + 1, WordClass.HONORIFIC) ? nameBefore(np.first(), limit) : null;
        if (person != null) {
          // "Luca Ferri, the editor of its newspaper, La Voce, said": the name that is no
          // person's is the newspaper's; the person before speaks
          return person.withAppositive(np.first(), end, person.first(), comma);
        }
        // "The port's operator, Meridian Terminals, said", "the First Minister, John Swinney,
        // said": the phrase names nobody (a capitalised office after "the" neither); the name
        // is in the appositive
        return new Phrase(role, comma, c + 1, end, Phrase.Kind.NAME, -1, -1);
      }
      if (np != null && links == 0 && (gerundPhrase(c + 1, end)
          || participlePhrase(c + 1, end) && (t.is(c - 1, WordClass.WORK)
              || t.is(c - 1, WordClass.CUE_NOUN))
          || end == c + 2 && partyAndState(c + 1)
          || subjectBeforeAside(np, c + 1, end, limit))) {
        // "an official, speaking on condition of anonymity, said", "Tom Hale, R-Ky., said",
        // "Economists, for instance, say": no role, same source
        return np;
      }
      if (np == null || !appositiveLike(c + 1, end)) {
        return null;
      }
      boolean chained = np.kind() == Phrase.Kind.NOMINAL && np.first() - 1 > limit
          && Words.comma(t, np.first() - 1) && appositiveLike(np.first(), c);
      if (!chained) {
        return np.withAppositive(c + 1, end, np.first(), comma);
      }
      end = c;
    }
    return null;
  }

  /** The name before a comma at first - 1, not a preposition's object, or null. */
  private Phrase nameBefore(int first, int limit) {
    if (first - 2 < limit || !Words.comma(t, first - 1)) {
      return null;
    }
    Phrase p = nounPhraseEndingAt(first - 2, limit);
    // not "In a statement to the Observer, her adviser, Jake Sullivan, said"
    return p != null && p.kind() == Phrase.Kind.NAME
        && !(p.first() - 1 >= limit && t.is(p.first() - 1, WordClass.PREP)) ? p : null;
  }

  /**
   * Whether np opens the sentence and a prepositional aside follows it: "Economists, for
   * instance, say". Deeper in the sentence the phrase before such an aside often ends a
   * clause of its own ("X, who lost her daughter in Aurora, Colorado, in July, said").
   */
  private boolean subjectBeforeAside(Phrase np, int from, int to, int limit) {
    return Words.prepositionalAside(t, from, to) && !t.is(from, "like")
        && !t.is(from, "including") && !t.is(from, "along") && (np.first() == limit
            || np.first() - 1 == limit && t.is(limit, WordClass.CONJ));
  }

  /** "another", "one" or a share of people standing alone as a noun phrase at i; or null. */
  private Phrase standing(int i, int limit) {
    int share = Words.standsAlone(t, i, limit) ? i : Shares.start(t, i, limit);
    return share < 0 || share > limit && t.is(share - 1, WordClass.SUBJ) ? null
        : Phrase.of(share, i + 1, share, i + 1, Phrase.Kind.NOMINAL);
  }

  /**
   * The start of "the" before a capitalised phrase of at most three words ("the Taoiseach",
   * "the First Minister"), -1 if the phrase has no such determiner: a name does not take "the".
   */
  private int theTitle(Phrase np, int limit) {
    if (possessedOffice(np)) {
      return np.first();
    }
    int j = np.first();
    for (int n = 0; j >= limit && n <= 3; n++, j--) {
      if (t.depth(j) > 0) {
        return -1;
      }
      if (t.is(j, "the")) {
        return j < np.first() || np.end() - np.first() > 1 ? j : -1;
      }
      if (!t.cap(j) || t.type(j) != TokenType.WORD) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Britain's Foreign Secretary", "Canada's Finance Minister": a capitalised office owned by
   * a place or body, which names nobody, as an office after "the" does not.
   */
  private boolean possessedOffice(Phrase np) {
    boolean office = false;
    for (int j = np.end() - 1; j > np.first(); j--) {
      if (t.type(j) == TokenType.POSSESSIVE) {
        return office && j < np.end() - 1;
      }
      if (t.is(j, "of") || t.is(j, "for") || t.is(j, "the")) {
        continue; // "Minister for Health"
      }
      if (!t.cap(j) || t.type(j) != TokenType.WORD) {
        return false;
      }
      office |= Words.role(t, j) || t.is(j, WordClass.TITLE);
    }
    return false;
  }

  /** A US party and state after a name: "R-Ky.", "D-N.Y.", "I-Vt.". */
  public boolean partyAndState(int i) {
    String w = t.string(i);
    return w.length() >= 4 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-'
        && Character.isUpperCase(w.charAt(2));
  }

  /**
   * "published on Wednesday", "released by the ministry": a passive participle's phrase, an
   * aside about a work or finding before its verb ("The findings, published …, suggest").
   */
  private boolean participlePhrase(int from, int to) {
    return to - from >= 3 && t.word(from) == null && Words.edWord(t, from)
        && t.is(from + 1, WordClass.PREP) && !verbInside(from + 1, to);
  }

  private boolean gerundPhrase(int from, int to) {
    return to - from >= 2 && Words.ingWord(t, from) && !verbInside(from + 1, to);
  }

  private boolean allName(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!nameToken(k)) {
        return false;
      }
    }
    return to > from;
  }

  private int previousComma(int comma, int limit) {
    for (int c = comma - 1; c > limit && comma - c <= 30; c--) {
      if (t.depth(c) > 0 || Words.terminal(t, c)) {
        return -1;
      }
      if (Words.comma(t, c)) {
        return c;
      }
    }
    return -1;
  }

  /** Whether tokens [from, to) read as an appositive or a relative clause about a name. */
  public boolean appositiveLike(int from, int to) {
    return appositiveLike(from, to, true);
  }

  /**
   * Whether tokens [from, to) read as an appositive; unless lenient (the appositive then
   * closes right before a cue), it must hold a role, title or organisation word.
   */
  private boolean appositiveLike(int from, int to, boolean lenient) {
    if (to - from == 1 && t.type(from) == TokenType.NUMBER) {
      return true; // an age: "Woodrow Benford, 58,"
    }
    if (from >= to) {
      return false;
    }
    if (t.is(from, "who") || t.is(from, "which") || t.is(from, "whose")) {
      return true;
    }
    if (t.is(from, WordClass.CUE) && !Words.role(t, from)) {
      return false;
    }
    for (int j = from; j < to; j++) {
      if (Words.role(t, j) || t.is(j, WordClass.TITLE) || t.is(j, WordClass.ORG)) {
        return true;
      }
      if ((t.is(j, WordClass.SUBJ) || t.is(j, WordClass.MODAL) || t.is(j, WordClass.AUX))
          && t.type(j) != TokenType.POSSESSIVE) {
        return false;
      }
    }
    return lenient && to - from <= 16 && (t.isAny(from, Words.OPENERS)
        || t.type(from + 1 < to ? from + 1 : from) == TokenType.POSSESSIVE)
        && !verbInside(from, to);
  }

  /** Whether [from, to) holds an auxiliary, a modal or a subject pronoun: a clause. */
  private boolean verbInside(int from, int to) {
    for (int j = from; j < to; j++) {
      if ((t.isAny(j, Words.AUXILIARIES) || t.is(j, WordClass.SUBJ)) && t.lower(j)
          && t.type(j) != TokenType.POSSESSIVE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrase starting at token i (an inverted source, an addressee, the object of
   * "according to"), with an appositive after a comma; null if none.
   */
  public Phrase after(int i, int limit) {
    if (i >= limit || t.depth(i) > 0) {
      return null;
    }
    if ((t.is(i, WordClass.SUBJ) && t.is(i, WordClass.PRONOUN) || t.is(i, WordClass.OBJ))
        && !t.has(i, Shape.UPPER)) {
      return Phrase.of(i, i + 1, i, i + 1, Phrase.Kind.PRONOUN);
    }
    if ((t.is(i, "one") || t.is(i, "another")) && t.lower(i) && i + 1 < limit
        && (Words.terminal(t, i + 1) || Words.comma(t, i + 1))) {
      int to = Words.comma(t, i + 1) ? nameAfterComma(i + 2, limit) : -1;
      // "“…,” said one, Fatima Begum, 61": the appositive names the speaker
      return to > 0 ? new Phrase(i, to, i + 2, to, Phrase.Kind.NAME, -1, -1)
          : Phrase.of(i, i + 1, i, i + 1, Phrase.Kind.NOMINAL); // "“…,” said one."
    }
    int k = i;
    if (t.isAny(k, Words.OPENERS)) {
      k++;
      while (k + 1 < limit && k - i < 3 && t.is(k, WordClass.QUANT) && t.lower(k)
          && (Words.nounish(t, k + 1) || t.is(k + 1, WordClass.QUANT))) {
        k++; // "the most recent data", "the two parties"
      }
    }
    int headFirst = -1;
    int headEnd = -1;
    boolean name = false;
    boolean afterPreposition = false;
    boolean nominalBefore = false; // a common noun head before the preposition
    while (k < limit && k - i < MAX) {
      if (k > i && k + 1 < limit && t.is(k, "there") && t.isAny(k + 1, Words.AUXILIARIES)) {
        break; // "told the BBC there was no question": "there" opens the reported clause
      }
      if (k > i && t.is(k, WordClass.TIME) && t.lower(k - 1) && Words.nounish(t, k - 1)) {
        break; // "told supporters Tuesday night": the day is no part of the addressee
      }
      if (t.depth(k) > 0 || t.type(k) == TokenType.QUOTE) {
        int title = quotedTitleEnd(k, limit);
        if (title > 0) {
          headFirst = k; // "MSNBC's “Morning Joe”": the show is the head
          headEnd = title;
          k = title;
          continue;
        }
        int skip = nickname(k, limit);
        if (skip < 0) {
          break;
        }
        k = skip;
        continue;
      }
      if (nameToken(k)) {
        if (nominalBefore && !name && t.lower(k - 1) && !t.isAny(k - 1, Words.OPENERS)
            && !t.is(k - 1, WordClass.PREP)) {
          nominalBefore = false; // "secretary of state Hillary Clinton": the name after a title
        }
        if (nominalBefore) {
          // "a spokesman for Acme", "an aide close to Mr Sunak": the noun stays the head
        } else if (!name) {
          headFirst = isTitleLike(k) ? -1 : k;
        } else if (headFirst < 0 && !isTitleLike(k)) {
          headFirst = k;
        }
        name = true;
        k++;
        if (!afterPreposition) {
          headEnd = k; // "Ann Reyes of the Outer Isles" is about Reyes
        }
      } else if (!name && k > i && k + 2 < limit && headEnd > i && t.is(k, "close")
          && t.is(k + 1, "to") && (nameToken(k + 2) || t.isAny(k + 2, Words.OPENERS))) {
        afterPreposition = true; // "an aide close to Mr Sunak" is about the aide
        nominalBefore = true;
        k += 2;
        if (k + 1 < limit && t.isAny(k, Words.OPENERS) && !t.is(k, "that")) {
          k++;
        }
      } else if (Words.phraseWord(t, k) || t.type(k) == TokenType.POSSESSIVE
          || k > i && k + 1 < limit && ingModifier(k) || adjectivalPreposition(k, i, limit)) {
        k++;
        if (!name) {
          headEnd = k;
        }
      } else if ((t.is(k, "of") || t.is(k, "for") || t.is(k, "at") || t.is(k, "from")
          || t.is(k, "by") || t.is(k, "with") && !name) && k > i && k + 1 < limit
          && (nameToken(k + 1) || t.isAny(k + 1, Words.OPENERS) || Words.nounish(t, k + 1)
              || fieldOfRole(k + 1, i))) {
        afterPreposition = headEnd > 0;
        nominalBefore |= !name && headEnd > i && t.lower(headEnd - 1)
            && Words.role(t, headEnd - 1) || roleBeforePreposition(i, k);
        k++;
        if (k + 1 < limit && t.isAny(k, Words.OPENERS) && !t.is(k, "that")) {
          k++; // "a person familiar with the negotiations"
        }
      } else if (fieldOfRole(k, i)) {
        k++; // "the director of nursing"
      } else {
        break;
      }
    }
    if (k == i + 1 && t.is(i, "the") && k < limit && PARTICIPLE_NOUNS.hasLower(t, k)
        && t.lower(k)) {
      return Phrase.of(i, k + 1, k, k + 1, Phrase.Kind.NOMINAL); // "told the accused he …"
    }
    if (k == i || k == i + 1 && t.isAny(i, Words.OPENERS)) {
      return null;
    }
    if (headFirst < 0) {
      headFirst = i;
    }
    if (headEnd < 0 || headEnd <= headFirst) {
      headEnd = k;
    }
    name &= nameToken(k - 1) && !nominalBefore;
    if (name && describedByAbbreviation(i, headEnd)) {
      name = false;
      headFirst = i;
    }
    Phrase p = Phrase.of(i, k, headFirst, headEnd, name ? Phrase.Kind.NAME : Phrase.Kind.NOMINAL);
    if (k < limit && Words.comma(t, k) && k + 1 < limit) {
      int to = k + 1;
      while (to < limit && !Words.comma(t, to) && !Words.terminal(t, to) && t.depth(to) == 0
          && to - k < 25) {
        int title = quotedTitleEnd(to, limit); // "author of “Bitter Pill”"
        to = title > 0 ? title : to + 1;
      }
      boolean accordingTo = i >= 2 && t.is(i - 1, "to") && t.is(i - 2, "according");
      // a bare role noun opens such a phrase too: "said counsel for the State, Ann Lee"
      boolean opens = t.isAny(i, Words.OPENERS) || t.lower(i) && Words.role(t, i);
      if (opens && (p.kind() != Phrase.Kind.NAME || !nameToken(i + 1)
          || theTitle(p, i) >= 0) && allName(k + 1, to)
          && (!accordingTo || personNoun(headFirst, headEnd, k) && to < limit
              && Words.comma(t, to))) {
        // "said the union's general secretary, Mick Lynch", "said the chief executive of the
        // NHS Confederation, Matthew Taylor", "said the First Minister, Humza Yousaf": the
        // phrase names nobody, the name is in the appositive; but "According to
        // an FBI summary, Cheryl Mills, a top aide, sent …" names the next clause's subject,
        // unless a person is meant ("According to the Treasury secretary, Jacob Lew, the …")
        return new Phrase(i, to, k + 1, to, Phrase.Kind.NAME, -1, -1);
      }
      boolean relative = t.is(k + 1, "who") || t.is(k + 1, "which") || t.is(k + 1, "whose");
      if (appositiveLike(k + 1, to, false) && (relative || !verbInside(k + 1, to))) {
        // not "According to the LGA, the average council waiting list has grown …"
        return p.withAppositive(k + 1, to, p.first(), to);
      }
    }
    if (k < limit && t.isChar(k, '(')) {
      int close = k + 1;
      while (close < limit && close - k < 6 && !t.isChar(close, ')')) {
        close++;
      }
      if (close < limit && t.isChar(close, ')')) {
        return p.withAppositive(k + 1, close, p.first(), close + 1);
      }
    }
    return p;
  }

  /**
   * Whether the phrase ending before {@code end} is about a person: its head is a role noun,
   * or it ends in one after a name that only modifies it ("the Treasury secretary", whose
   * head is read as "Treasury").
   */
  private boolean personNoun(int headFirst, int headEnd, int end) {
    return headEnd > headFirst && Words.role(t, headEnd - 1)
        || t.lower(end - 1) && Words.role(t, end - 1);
  }

  /** The end of a name from {@code from} to a comma or the sentence's end, or -1. */
  private int nameAfterComma(int from, int limit) {
    int to = from;
    while (to < limit && to - from < 5 && nameToken(to) && t.depth(to) == 0) {
      to++;
    }
    return to - from >= 2 && (to == limit || Words.comma(t, to) || Words.terminal(t, to))
        ? to : -1;
  }

  /** Ann "Nan" Lee: the token after a quoted nickname between name words, or -1. */
  private int nickname(int k, int limit) {
    if (k == 0 || !nameToken(k - 1) || t.type(k) != TokenType.QUOTE) {
      return -1;
    }
    int close = k + 1;
    while (close < limit && close - k <= 3 && t.type(close) != TokenType.QUOTE) {
      close++;
    }
    return close + 1 < limit && t.type(close) == TokenType.QUOTE && nameToken(close + 1)
        ? close + 1 : -1;
  }

  /**
   * The token after a short quoted title that follows a news medium's possessive, "on", "of"
   * or a medium noun ("CNN's “State of the Union”", "on “Meet the Press”", "host of “The Daily
   * Show”", "his book “The Long Road”"): a programme or work, not a quotation. -1 if the
   * quotation at k is no such title.
   */
  public int quotedTitleEnd(int k, int limit) {
    return titleEnd(k, limit, false);
  }

  /**
   * {@link #quotedTitleEnd} for a quotation inside a prepositional phrase after a cue, where
   * any possessive may come before a title: "during a call to ABC's “This Week”". A cue's
   * quotation follows a comma, a colon or the verb, not a preposition.
   */
  public int quotedTitleInPhraseEnd(int k, int limit) {
    return titleEnd(k, limit, true);
  }

  private int titleEnd(int k, int limit, boolean inPhrase) {
    if (k == 0 || k + 1 >= limit || !(t.type(k - 1) == TokenType.POSSESSIVE
        && (inPhrase || mediaOwner(k - 1)) || t.is(k - 1, "on") || t.is(k - 1, "of")
        || TITLE_PREPOSITIONS.hasLower(t, k - 1) && t.lower(k - 1)
        || t.is(k - 1, WordClass.MEDIUM) && t.lower(k - 1))
        || t.type(k) != TokenType.QUOTE || t.depth(k + 1) == 0 || !t.cap(k + 1)) {
      return -1;
    }
    int close = k + 1;
    while (close < limit && close - k <= TITLE_MAX && t.depth(close) > 0) {
      close++;
    }
    return close < limit && close - k <= TITLE_MAX && t.type(close) == TokenType.QUOTE
        ? close + 1 : -1;
  }

  private static final int TITLE_MAX = 8;
  /**
   * Prepositions before which a short capitalised quotation is a programme or work: "in an
   * interview with “Fox News Sunday”", "a scene in “The Revenant”"; not "as", "like",
   * "between", "to" or "for", which introduce quoted words ("headlines such as “…”", "in
   * reference to “Lyin' Ted”", "cheered for “President Sanders”").
   */
  /** Prepositions of place after a plural head: "residents near the plant", "fans outside". */
  /** Participles that name people after "the", as court reports use them: "the accused". */
  private static final WordSet PARTICIPLE_NOUNS = WordSet.of("accused", "deceased",
      "injured", "wounded", "bereaved", "convicted");

  private static final WordSet PLACE = WordSet.of("near", "outside", "inside",
      "across", "around", "behind", "within", "beyond");

  private static final WordSet TITLE_PREPOSITIONS = WordSet.of("with", "in", "at",
      "during", "from");

  /**
   * Whether the name before the possessive at p is a news medium's or an organisation's
   * ("CNN's", "Fox News's"), not a person's ("Springsteen's “American Skin”" is sung content).
   */
  private boolean mediaOwner(int p) {
    for (int k = p - 1; k >= 0 && p - k <= 3 && nameToken(k); k--) {
      if (t.is(k, WordClass.AGENCY) || t.is(k, WordClass.ORG)) {
        return true;
      }
    }
    return false;
  }

  /** A token of a name: a capitalised word, a name particle, an initial or a suffix. */
  public boolean nameToken(int i) {
    if (i >= names.length) {
      return isNameToken(i); // past the last token: answered, unremembered, as before
    }
    return names[i] == YES;
  }

  private boolean isNameToken(int i) {
    if (Words.nameWord(t, i) || t.has(i, Shape.INITIAL) || Words.suffix(t, i)) {
      return true;
    }
    // a particle counts with a hyphen in it (Words.prefixedName) or a name word after it, which
    // is capitalised: most lower-case words have neither, and are no particle to look up
    boolean hyphen = t.has(i, Shape.HYPHEN);
    return (hyphen || i + 1 < t.size() && t.has(i + 1, Shape.CAP | Shape.UPPER))
        && Words.particle(t, i) && (hyphen || Words.nameWord(t, i + 1));
  }

  /** A title or honorific, which a name may follow but is not part of the name proper. */
  public boolean isTitleLike(int i) {
    return t.is(i, WordClass.TITLE) || t.is(i, WordClass.HONORIFIC)
        || t.is(i, WordClass.DEMONYM) || Words.role(t, i);
  }

  private int openingDash(int close, int limit) {
    for (int j = close - 1; j >= limit && close - j < 20; j--) {
      if (t.type(j) == TokenType.DASH) {
        return j;
      }
      if (Words.terminal(t, j) || t.depth(j) > 0) {
        return -1;
      }
    }
    return -1;
  }

  private int openParen(int close, int limit) {
    for (int j = close - 1; j >= limit && close - j < 30; j--) {
      if (t.isChar(j, '(')) {
        return j;
      }
    }
    return -1;
  }
}
