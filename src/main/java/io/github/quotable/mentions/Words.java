package io.github.quotable.mentions;

import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.Locale;
import java.util.Set;

/** What a token is in a noun phrase or a verb group, read from its lexicon entry and shape. */
public final class Words {
  private Words() {}

  /** Closed-class words that cannot be part of a name even when capitalised. */
  public static final long FUNCTION = WordClass.mask(WordClass.DET, WordClass.QUANT,
      WordClass.POSS, WordClass.SUBJ, WordClass.OBJ, WordClass.REL, WordClass.PREP,
      WordClass.CONJ, WordClass.SUB, WordClass.AUX, WordClass.MODAL, WordClass.NEG,
      WordClass.ADV);
  /** Words of a verb group around a cue: "has also repeatedly not". */
  public static final long VERB_GROUP = WordClass.mask(WordClass.AUX, WordClass.MODAL,
      WordClass.NEG, WordClass.ADV);
  /** Words that open a noun phrase. */
  public static final long OPENERS = WordClass.mask(WordClass.DET, WordClass.POSS,
      WordClass.QUANT);
  /**
   * Auxiliaries, modals and forms of "be". These masks are constants rather than made at each
   * call: a varargs call allocates its array whenever the compiler cannot prove it need not.
   */
  public static final long AUXILIARIES = WordClass.mask(WordClass.AUX, WordClass.MODAL,
      WordClass.COPULA);
  /** {@link #AUXILIARIES} and irregular past forms ("went"): words that make a verb finite. */
  public static final long FINITE = AUXILIARIES | WordClass.PAST.bit();
  private static final String[] PARTICLES = {"al-", "el-", "ad-", "as-", "ash-", "an-", "at-",
      "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "do", "dos", "das", "du", "del",
      "della", "der", "den", "van", "von", "la", "le", "ter", "ten", "ben", "mac", "st."};
  /** The length of the longest particle without a hyphen ("della"). */
  private static final int LONGEST_PARTICLE = longestWithoutHyphen(PARTICLES);
  /** For each ASCII initial, the lengths of the particles without a hyphen, one bit each. */
  private static final int[] WHOLE_LENGTHS = wholeLengths(PARTICLES);
  /** The particles by their first character, for ASCII: a token is compared with few. */
  private static final String[][] PARTICLES_BY_INITIAL = byInitial(PARTICLES);

  /** A capitalised word that can belong to a name: not a function word, not a cue verb. */
  private static final long CLAUSE_WORDS = WordClass.mask(WordClass.SUBJ, WordClass.OBJ,
      WordClass.AUX, WordClass.MODAL, WordClass.COPULA);

  /**
   * "Theresa May said", "Mrs May": a capitalised modal after a given name or an honorific is a
   * surname, unless the next word is capitalised too ("Hillary Will Win", a headline).
   */
  public static boolean modalSurname(Tokens t, int i) {
    if (i == 0 || !t.has(i, Shape.CAP) || !t.is(i, WordClass.MODAL) || !t.isWord(i - 1)
        || !t.has(i - 1, Shape.CAP) || t.word(i - 1) == null
        || !t.word(i - 1).isAny(GIVEN_OR_HONORIFIC)) {
      return false;
    }
    return i + 1 >= t.size() || !t.isWord(i + 1) || !t.has(i + 1, Shape.CAP | Shape.UPPER);
  }

  private static final long GIVEN_OR_HONORIFIC =
      WordClass.mask(WordClass.FIRST_NAME, WordClass.HONORIFIC);

  public static boolean nameWord(Tokens t, int i) {
    if (t.type(i) != TokenType.WORD || !t.has(i, Shape.CAP | Shape.UPPER)) {
      return false;
    }
    Word w = t.word(i);
    if (w == null) {
      return true;
    }
    if (w.isAny(FUNCTION) && !w.is(WordClass.ABBREV) && !t.has(i, Shape.UPPER)) {
      // but "said Will Doyle": a given name that is also a function word, before a surname
      return w.is(WordClass.FIRST_NAME) && i + 1 < t.size() && t.isWord(i + 1)
          && t.has(i + 1, Shape.CAP) && t.word(i + 1) == null
          || modalSurname(t, i)
          || w.is(WordClass.ADV) && i > 0 && (t.isWord(i - 1)
              || t.type(i - 1) == TokenType.POSSESSIVE) && i + 1 < t.size()
              && t.has(i + 1, Shape.CAP) && t.is(i + 1, WordClass.TITLE); // "the First Minister"
    }
    if (t.has(i, Shape.UPPER) && w.isAny(CLAUSE_WORDS) && !w.is(WordClass.ABBREV)
        && (i > 0 && t.isWord(i - 1) && t.has(i - 1, Shape.UPPER)
            || i + 1 < t.size() && t.isWord(i + 1) && t.has(i + 1, Shape.UPPER))) {
      return false; // a headline in capitals: "CONGRESS HAS INVESTIGATED HIM"
    }
    if (w.is(WordClass.CUE) && i > 0 && t.has(i - 1, Shape.CAP) && t.isWord(i - 1)
        && (t.word(i - 1) == null || t.is(i - 1, WordClass.FIRST_NAME))
        && !t.has(i - 1, Shape.NEWLINE_BEFORE) && i + 1 < t.size() && t.is(i + 1, WordClass.CUE)) {
      return true; // "Ian Read said": a surname that is also a cue verb
    }
    return !(w.is(WordClass.CUE) && !w.is(WordClass.FIRST_NAME) && !w.is(WordClass.ORG)
        && (w.isForm(CueForm.PAST) || w.isForm(CueForm.THIRD) || w.isForm(CueForm.GERUND)));
  }

  /** A lower-case particle inside a name: "al-Hamid", "bin Salman", "van der Bellen". */
  public static boolean particle(Tokens t, int i) {
    if (t.type(i) != TokenType.WORD || !t.lower(i)) {
      return false;
    }
    int s = t.start(i);
    int len = t.end(i) - s;
    char initial = t.charAt(s);
    if (!t.has(i, Shape.HYPHEN) && (len > LONGEST_PARTICLE || initial >= 0x80
        || (WHOLE_LENGTHS[initial] & 1 << len) == 0)) {
      return false; // most words: no particle alone has their length and initial, no "al-"
    }
    for (String p : initial < 0x80 ? PARTICLES_BY_INITIAL[initial] : PARTICLES) {
      int n = p.length();
      // lengths and the hyphen first: this runs for many lower-case tokens
      if (p.charAt(n - 1) == '-' ? len > n && t.charAt(s + n - 1) == '-'
          && startsWith(t, s, p) && Character.isUpperCase(t.charAt(s + n))
          : len == n && startsWith(t, s, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text at offset starts with p, read from the token chars, not the String. */
  private static boolean startsWith(Tokens t, int offset, String p) {
    for (int k = 0; k < p.length(); k++) {
      if (t.charAt(offset + k) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int[] wholeLengths(String[] particles) {
    int[] out = new int[0x80];
    for (String p : particles) {
      if (!p.endsWith("-")) {
        out[p.charAt(0)] |= 1 << p.length();
      }
    }
    return out;
  }

  private static int longestWithoutHyphen(String[] particles) {
    int longest = 0;
    for (String p : particles) {
      if (!p.endsWith("-")) {
        longest = Math.max(longest, p.length());
      }
    }
    return longest;
  }

  private static String[][] byInitial(String[] particles) {
    String[][] out = new String[0x80][];
    for (char c = 0; c < 0x80; c++) {
      java.util.List<String> same = new java.util.ArrayList<>();
      for (String p : particles) {
        if (p.charAt(0) == c) {
          same.add(p);
        }
      }
      out[c] = same.toArray(new String[0]);
    }
    return out;
  }

  /** A particle glued to a capitalised name ("al-Hamid"): a name token on its own. */
  public static boolean prefixedName(Tokens t, int i) {
    return particle(t, i) && t.has(i, Shape.HYPHEN);
  }

  /** Name suffixes: "Jr.", "Sr.", "II", "III". */
  public static boolean suffix(Tokens t, int i) {
    int len = t.end(i) - t.start(i);
    char c = t.firstChar(i);
    return len >= 2 && len <= 3 && (c == 'J' || c == 'S' || c == 'I')
        && (t.is(i, "Jr.") || t.is(i, "Sr.") || t.is(i, "Jr") || t.is(i, "II")
            || t.is(i, "III") || t.is(i, "IV"));
  }

  /**
   * Letters written after a British, Irish or Commonwealth name for an honour, a rank at the
   * bar or a seat ("KC", "OBE", "MP", "TD"), in capitals as written.
   */
  public static boolean postNominal(Tokens t, int i) {
    int len = t.end(i) - t.start(i);
    return len >= 2 && len <= 4 && t.has(i, Shape.UPPER) && POST_NOMINALS.has(t, i);
  }

  private static final WordSet POST_NOMINALS = WordSet.of("KC", "QC", "SC", "MP", "MSP", "MLA",
      "MEP", "MPP", "MHA", "MNA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "FRS");

  /** A lower-case word that can be part of a noun phrase: a noun or adjective. */
  public static boolean nounish(Tokens t, int i) {
    if (t.type(i) == TokenType.NUMBER) {
      return true;
    }
    if (t.type(i) != TokenType.WORD) {
      return false;
    }
    Word w = t.word(i);
    if (w == null) {
      return !t.lower(i) || !endsLikeVerb(t, i);
    }
    if (w.isAny(FUNCTION) || w.is(WordClass.TIME) && t.lower(i)
        || w.is(WordClass.PAST) && t.lower(i)) {
      return false;
    }
    if (w.is(WordClass.CUE) && (w.isForm(CueForm.PAST) || w.isForm(CueForm.GERUND))
        && !w.isAny(NOUNS)) {
      return false;
    }
    return true;
  }

  private static final long NOUNS = WordClass.mask(WordClass.ROLE, WordClass.ROLE_PLURAL,
      WordClass.WORK, WordClass.ORG, WordClass.DEMONYM, WordClass.TITLE);

  /**
   * Lower-case unknown words ending like a verb form: -ed, -ing. Read from the token chars:
   * String.startsWith, with its two coders, was inlined twice into every caller of nounish.
   */
  private static boolean endsLikeVerb(Tokens t, int i) {
    int e = t.end(i);
    return e - t.start(i) > 4 && (endsWith(t, i, "ed") || endsWith(t, i, "ing"));
  }

  /** Whether token i ends with the suffix, as its String would, without making the String. */
  public static boolean endsWith(Tokens t, int i, String suffix) {
    int n = suffix.length();
    int e = t.end(i);
    if (e - t.start(i) < n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (t.charAt(e - n + k) != suffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A lower-case word of five letters or more ending in -ing: "saying", "housing". */
  public static boolean ingWord(Tokens t, int i) {
    return t.lower(i) && t.end(i) - t.start(i) > 4 && endsWith(t, i, "ing");
  }

  /** A lower-case word of five letters or more ending in -ed: "surveyed", "quoted". */
  public static boolean edWord(Tokens t, int i) {
    return t.lower(i) && t.end(i) - t.start(i) > 4 && endsWith(t, i, "ed");
  }

  /**
   * A noun or adjective inside a phrase, where a cue verb's base or -s form reads as a noun
   * ("according to figures", "in a report"); past and -ing forms still end the phrase.
   */
  public static boolean phraseWord(Tokens t, int i) {
    if (!nounish(t, i)) {
      return false;
    }
    Word w = t.word(i);
    return w == null || !w.is(WordClass.CUE) || w.isAny(NOUNS)
        || !w.isForm(CueForm.PAST) && !w.isForm(CueForm.GERUND);
  }

  /**
   * A plural noun that a phrase after it can modify: "aides", "voters", "people"; an unknown
   * word in -s, but not in -ss, -'s, -is or -us ("access", "Reyes's", "crisis", "bonus").
   */
  public static boolean pluralNoun(Tokens t, int i) {
    if (t.is(i, WordClass.ROLE_PLURAL) || t.is(i, "people")) {
      return true;
    }
    int e = t.end(i);
    return t.type(i) == TokenType.WORD && t.word(i) == null && e - t.start(i) > 3
        && t.charAt(e - 1) == 's' && "s'iu".indexOf(t.charAt(e - 2)) < 0;
  }

  /**
   * The "who" or "whose" that opens a relative clause of words alone ending at token p
   * ("Residents who were evacuated from the valley (said)"), sought back at most {@code max}
   * tokens and not before {@code limit}; -1 if a comma, dash, quotation mark or quoted word comes
   * first.
   */
  public static int relativeWordBefore(Tokens t, int p, int limit, int max) {
    for (int k = p; k > limit && p - k < max; k--) {
      if (t.depth(k) > 0 || t.type(k) != TokenType.WORD && t.type(k) != TokenType.NUMBER
          && t.type(k) != TokenType.POSSESSIVE) {
        return -1;
      }
      if ((t.is(k, "who") || t.is(k, "whose")) && t.lower(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The noun that a relative clause without a relative word, ending at p right before a cue,
   * modifies: "experts" in "the experts I interviewed (said)", "people" in "people I've spoken
   * with (said)", "firm" in "the firm she worked for (says)"; -1 if p ends no such clause. The
   * clause ends in a past verb after its subject pronoun, or in a stranded preposition.
   */
  public static int clauseHead(Tokens t, int p, int limit) {
    int stranded = strandedClauseHead(t, p, limit);
    if (stranded >= 0 || p - 2 < limit) {
      return stranded;
    }
    Word w = t.word(p);
    boolean past = t.type(p) == TokenType.WORD && t.lower(p) && (w == null && edWord(t, p)
        || w != null && (w.is(WordClass.PAST) || w.is(WordClass.CUE) && w.isForm(CueForm.PAST)));
    int k = p - 1;
    if (!past || t.is(k, "it") || !t.is(k, WordClass.SUBJ) || !(t.lower(k) || t.is(k, "I"))
        || t.depth(k) > 0) {
      return -1;
    }
    return pluralNoun(t, k - 1) && (t.lower(k - 1) || k - 1 == limit) ? k - 1 : -1;
  }

  /** An age used as a noun for a person: "said the 46-year-old", "said two 19-year-olds". */
  public static boolean ageNoun(Tokens t, int k) {
    String w = t.string(k).toLowerCase(Locale.ROOT);
    return w.endsWith("-year-old") || w.endsWith("-year-olds");
  }

  /**
   * A short prepositional aside between commas, with no verb or subject of its own: the words
   * in "Economists, for instance, argue", "Labour MPs, in particular, say", "The minister, to
   * her credit, declined", "Oxfam, without naming the firm, accused"; from and to are the
   * tokens after the opening comma and at the closing one.
   */
  public static boolean prepositionalAside(Tokens t, int from, int to) {
    if (to - from < 2 || to - from > 5 || !t.lower(from)
        || !(t.is(from, WordClass.PREP) || t.is(from, "along")) || t.is(from, "that")) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (t.depth(k) > 0 || t.type(k) == TokenType.QUOTE || t.type(k) == TokenType.PUNCT
          || t.isAny(k, AUXILIARIES) || t.is(k, WordClass.SUBJ) && t.lower(k)) {
        return false;
      }
    }
    return true;
  }

  /** An aside like ", however," ending at comma p: "Critics, however, say". */
  public static boolean parentheticalAdverb(Tokens t, int p, int start) {
    return p - 2 >= start && comma(t, p) && verbGroup(t, p - 1) && comma(t, p - 2);
  }

  /**
   * The head a modifier ending in an object pronoun hangs from: "those" in "those close to
   * him", "aides" in "aides to her", "people" in "people familiar with it"; -1 if the
   * pronoun at i ends no such modifier.
   */
  public static int pronounModifierHead(Tokens t, int i, int limit) {
    if (!t.is(i, WordClass.OBJ) || !t.lower(i) || i - 2 < limit
        || !(t.is(i - 1, "to") || t.is(i - 1, "with") || t.is(i - 1, "of")
            || t.is(i - 1, "for"))) {
      return -1;
    }
    int h = i - 2;
    if (h - 1 >= limit && (t.is(h, "close") || t.is(h, "familiar") || edWord(t, h))) {
      h--;
    }
    return h;
  }

  /**
   * The noun that a relative clause without a relative word, ending in the preposition at p,
   * modifies: "people" in "people I've spoken with", "firm" in "the firm she worked for"; -1
   * if p ends no such clause. A subject pronoun a few words back, right after the noun, opens
   * the clause.
   */
  private static int strandedClauseHead(Tokens t, int p, int limit) {
    if (!STRANDED.has(t, p) || !t.lower(p) || t.is(p, "to") && !(p + 1 < t.size()
        && t.word(p + 1) != null && !t.word(p + 1).isForm(CueForm.BASE))) {
      return -1; // but "she tried to demonstrate": "to" before a verb's base form
    }
    for (int k = p - 2; k - 1 >= limit && p - k <= 3; k--) {
      if (t.is(k, WordClass.SUBJ) && !t.is(k, "it") && !t.is(k, "you")
          || subjectContraction(t, k)) {
        int n = k - 1;
        return (t.lower(n) || n == limit) && t.type(n) == TokenType.WORD && nounish(t, n)
            && !t.isAny(n, FUNCTION) ? n : -1;
      }
      if (t.type(k) != TokenType.WORD || t.depth(k) > 0) {
        return -1;
      }
    }
    return -1;
  }

  private static final WordSet STRANDED = WordSet.of("with", "to", "for", "about", "on", "at",
      "from");

  /** "I've", "we'd", "they’re": a subject pronoun and its auxiliary in one token. */
  private static boolean subjectContraction(Tokens t, int k) {
    String s = t.string(k);
    int mark = Math.max(s.indexOf('\''), s.indexOf('\u2019'));
    return mark >= 1 && mark <= 4 && !s.endsWith("s")
        && CONTRACTED_SUBJECTS.contains(s.substring(0, mark).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> CONTRACTED_SUBJECTS = Set.of("i", "we",
      "they", "he", "she");

  /**
   * "another" or "one" standing alone as a subject, first in its sentence (at token limit) or
   * after a comma, a conjunction, a subordinator or a closing quotation mark: "Another said",
   * "…, another says", "while one said", "“…,” another added".
   */
  public static boolean standsAlone(Tokens t, int i, int limit) {
    return (t.is(i, "another") || t.is(i, "one")) && (i == limit || t.lower(i) && i > 0
        && (comma(t, i - 1) || t.is(i - 1, WordClass.CONJ) || t.is(i - 1, WordClass.SUB)
            || t.type(i - 1) == TokenType.QUOTE && t.has(i - 1, Shape.GLUED)));
  }

  /** A noun naming a role or a group of people, singular or plural. */
  public static boolean role(Tokens t, int i) {
    return t.is(i, WordClass.ROLE) || t.is(i, WordClass.ROLE_PLURAL);
  }

  /** An adverb of the verb group: listed, or an -ly word. */
  public static boolean verbGroup(Tokens t, int i) {
    if (t.isAny(i, VERB_GROUP)) {
      return !modalSurname(t, i); // "Mrs May said"
    }
    if (t.type(i) != TokenType.WORD || !t.lower(i) || t.word(i) != null) {
      return false;
    }
    int e = t.end(i);
    return e - t.start(i) > 4 && endsWith(t, i, "ly") && !LY_NOUNS.has(t, i);
  }

  /** Nouns that end in -ly like adverbs: "the family said" has no adverb. */
  private static final WordSet LY_NOUNS = WordSet.of("family", "assembly", "supply", "anomaly",
      "monopoly", "daily", "weekly", "monthly", "quarterly", "homily", "tally", "bully",
      "melancholy", "butterfly");

  /**
   * A closing quotation mark with the clause's comma inside it, American style: "as “fake
   * news,” telling reporters …" (glued to the comma, which an opening mark is not).
   */
  public static boolean commaInsideClosingMark(Tokens t, int k) {
    return k > 0 && t.type(k) == TokenType.QUOTE && t.has(k, Shape.GLUED) && comma(t, k - 1);
  }

  public static boolean comma(Tokens t, int i) {
    return t.isChar(i, ',');
  }

  /** Sentence-final punctuation . ! ? */
  public static boolean terminal(Tokens t, int i) {
    return t.type(i) == TokenType.PUNCT && (t.isChar(i, '.') || t.isChar(i, '!')
        || t.isChar(i, '?'));
  }
}
