package io.github.quotable.cues;

import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.PhrasalCue;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Shares;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cue verbs of a sentence outside quotations, keeping a form only where it is used
 * as a verb: "the claims" and "his reported remarks" are not cues, "officials say" and "he has
 * repeatedly claimed" are.
 */
public final class CueFinder {
  /** Cue verbs whose -ing form after a noun reports: "polls showing …", "a statement saying …". */
  private static final Set<String> REDUCED_RELATIVE = Set.of("say", "show",
      "call", "urge", "suggest", "tell", "claim", "warn", "argue", "accuse", "demand", "ask",
      "indicate", "reveal", "predict", "describe", "back", "support", "oppose", "endorse",
      "state", "insist", "declare", "explain", "allege",
      "assert", "complain");
  private final Tokens t;

  public CueFinder(Tokens t) {
    this.t = t;
  }

  /** The verb cues of the sentence, in text order. */
  public List<Cue> verbs(Sentence s) {
    List<Cue> out = new ArrayList<>(4);
    verbs(s, out);
    return out;
  }

  /** Puts the verb cues of the sentence in {@code out}, in text order, in place of its own. */
  public void verbs(Sentence s, List<Cue> out) {
    out.clear();
    for (int i = s.first(); i < s.end(); i++) {
      // the class from the tokens' array: most tokens are no cue, and their entries stay unread
      if (!t.is(i, WordClass.CUE) || t.depth(i) > 0 || !t.isWord(i)) {
        Cue phrasal = t.depth(i) > 0 || !t.lower(i) ? null : phrasal(i, s.end());
        if (phrasal != null) {
          out.add(phrasal);
        }
        continue;
      }
      Word w = t.word(i);
      CueForm form = usedAsVerb(i, w, s.first());
      if (form != null && !movementParticle(i, w, s.end())) {
        out.add(Cue.verb(i, w.verb(), form));
      }
    }
  }

  /**
   * Phrasal verbs whose particle takes the cue verb out of reporting: "showed up at the rally",
   * "showed off the plane", "held off the challenge", "called off the strike"; not "backed off
   * the plan", a change of stance.
   */
  private static final Map<String, WordSet> NOT_REPORTING = Map.of(
      "show", WordSet.of("up", "off"),
      "hold", WordSet.of("up", "off", "back", "out", "down"),
      "call", WordSet.of("off"));

  /** Whether the particle after the cue verb at i makes it one of {@link #NOT_REPORTING}. */
  private boolean movementParticle(int i, Word w, int end) {
    if (i + 1 >= end || !t.lower(i + 1)) {
      return false;
    }
    WordSet particles = NOT_REPORTING.get(w.verb().lemma());
    return particles != null && particles.has(t, i + 1);
  }

  /**
   * A verb form with the fixed words of a phrasal cue after it, and then what the cue takes:
   * "made it clear that", "took issue with", but not "made a profit"; or null.
   */
  private Cue phrasal(int i, int end) {
    Vocabulary v = t.vocabulary();
    int second = v == null || i + 2 >= end || !t.lower(i + 1) ? -1 : t.phrasalSecond(i + 1);
    if (second < 0) {
      return null;
    }
    // loops by index: an iterator here was allocated for every lower-case token; only the cues
    // whose fixed words start with the next word, as "the", "a" and "his" start some
    List<PhrasalCue> cues = v.phrasalCuesBefore(second);
    for (int c = 0; c < cues.size(); c++) {
      PhrasalCue p = cues.get(c);
      if (!t.is(i, p.verbForm())) {
        continue;
      }
      List<String> tail = p.tail();
      int k = i + 1;
      for (int n = 0; n < tail.size(); n++) {
        if (k >= end || !t.is(k, tail.get(n)) || !t.lower(k)) {
          break;
        }
        k++;
      }
      boolean complete = k - i - 1 == tail.size() && k < end;
      if (complete && (!p.verb().takes(Frame.THAT) || t.is(k, "that")
          || thatAfterAdjuncts(k, end))) {
        return new Cue(Cue.Type.VERB, i, i, k, p.verb(), p.form());
      }
    }
    return null;
  }

  /**
   * Whether "that" follows within a few words that an addressee or adjuncts may fill, with no
   * verb, subject pronoun or sentence end before it: "made it clear to the board on Monday
   * that", "made the case to donors that".
   */
  private boolean thatAfterAdjuncts(int k, int end) {
    for (int j = k; j < end && j - k < MAX_ADJUNCT_WORDS; j++) {
      if (t.depth(j) > 0 || Words.terminal(t, j) || t.isChar(j, ':') || t.isChar(j, ';')
          || t.type(j) == TokenType.QUOTE || t.is(j, WordClass.SUBJ) || t.is(j, WordClass.CUE)
          || t.is(j, WordClass.AUX) || t.is(j, WordClass.MODAL) || t.is(j, WordClass.COPULA)) {
        return false;
      }
      if (t.is(j, "that")) {
        return j > k;
      }
    }
    return false;
  }

  private static final int MAX_ADJUNCT_WORDS = 10;

  /** The inflection in which token i is used as a verb, or null if it is not one here. */
  CueForm usedAsVerb(int i, Word w, int sentenceStart) {
    if (t.cap(i) && i - 2 >= sentenceStart && t.cap(i - 1) && t.lower(i - 2)) {
      return null; // "the United States", "the Washington Post": a name in running text
    }
    int p = i - 1;
    // "no" is a determiner, never part of a verb group: "there is no guarantee he …" has a noun
    while (p >= sentenceStart && (Words.verbGroup(t, p) && !t.is(p, WordClass.AUX)
        && !t.is(p, WordClass.MODAL) && !t.is(p, WordClass.DET)
        || Words.parentheticalAdverb(t, p, sentenceStart))) {
      p -= Words.parentheticalAdverb(t, p, sentenceStart) ? 3 : 1;
    }
    int aside = asideStart(p, sentenceStart);
    if (aside > sentenceStart) {
      p = aside - 1; // "Economists, like their rivals, say"
    }
    boolean atStart = p < sentenceStart;
    if (!atStart && !w.isForm(CueForm.GERUND) && Shares.start(t, p, sentenceStart) >= 0
        && !nounAfterShare(i, w)) {
      // "Some said", "Most say", "47% say", "one in five say", "a third say"
      return w.isForm(CueForm.PAST) ? CueForm.PAST
          : w.isForm(CueForm.THIRD) ? CueForm.THIRD : CueForm.BASE;
    }
    boolean afterOpener = !atStart && (t.isAny(p, Words.OPENERS) && !t.is(p, WordClass.REL)
        && !Words.standsAlone(t, p, sentenceStart) && !objectOfPreposition(p, sentenceStart)
        || t.type(p) == TokenType.POSSESSIVE);
    if (!atStart && !afterOpener && !w.isForm(CueForm.PAST) && !w.isForm(CueForm.GERUND)
        && clauseAfterSubject(i, p, w)) {
      return w.isForm(CueForm.THIRD) ? CueForm.THIRD : CueForm.BASE;
    }
    if (w.isForm(CueForm.PAST)) {
      if (reputation(i)) {
        return null; // "the hacker known as Guccifer", "best known for his novels": a name
      }
      if (!atStart && t.is(p, "as") && isFollowedByBy(i)) {
        return CueForm.PAST; // "As reported by the Globe, …"
      }
      if (afterOpener || !atStart && t.is(p, WordClass.PREP) && !t.is(p, "to")
          && Words.clauseHead(t, p, sentenceStart) < 0) { // but "officials we spoke with said"
        return null;
      }
      if (!atStart && t.is(p, WordClass.COPULA) && !isFollowedByBy(i)) {
        return null;
      }
      if (atStart && t.cap(i)) {
        return null;
      }
      if (!atStart && t.type(p) == TokenType.NUMBER && i + 1 < t.size() && t.lower(i + 1)
          && Words.pluralNoun(t, i + 1) && !t.is(i + 1, WordClass.SUBJ)
          && !Words.ageNoun(t, p)) {
        return null; // "270 pledged delegates": a modifier, but "6 in 10 said they …" and
        // "the 58-year-old told voters"
      }
      return CueForm.PAST;
    }
    if (w.isForm(CueForm.GERUND)) {
      boolean participle = !atStart && (Words.comma(t, p) || t.is(p, WordClass.COPULA)
          || p - 1 >= sentenceStart && Words.commaInsideClosingMark(t, p)
              && t.depth(i) == 0 && w.verb().takesClause()
              // "as “fake news,” telling reporters that", not "…,” referring to X"
          || t.type(p) == TokenType.POSSESSIVE && p - 1 >= sentenceStart
              && t.is(p - 1, WordClass.SUBJ) // "she’s claiming"
          || t.is(p, "to") && p - 1 >= sentenceStart && t.is(p - 1, "addition")
          || t.is(p, "and") || t.is(p, "by") || t.is(p, "after") || t.is(p, "before")
          || t.is(p, "while") || t.is(p, "without") || t.is(p, "in")
          || t.is(p, "as") && quotedBefore(p, sentenceStart)
          || REDUCED_RELATIVE.contains(w.verb().lemma()) && Words.nounish(t, p)
              && !t.is(p, WordClass.CUE) && (t.type(p) == TokenType.WORD
                  || t.type(p) == TokenType.NUMBER && p - 1 >= sentenceStart && t.is(p - 1, "in")));
      // "Noting that the plant had closed, Hale …"
      boolean opening = atStart && i + 1 < t.size() && t.is(i + 1, "that")
          && w.verb().takesClause();
      return participle || opening ? CueForm.GERUND : null;
    }
    if (atStart || afterOpener || t.is(p, WordClass.PREP) && !t.is(p, "to")
        && Words.clauseHead(t, p, sentenceStart) < 0
        || t.type(p) == TokenType.NUMBER && !(p - 1 >= sentenceStart
            && (t.is(p - 1, "in") || t.is(p - 1, "of")))
        || t.is(p, WordClass.QUANT) && p - 1 >= sentenceStart && t.is(p - 1, WordClass.PREP)) {
      return null; // but "six in 10 say"; not "courts in six states"
    }
    if (t.is(p, WordClass.COPULA) && !(p - 1 >= sentenceStart && (t.is(p - 1, "do")
        || t.is(p - 1, "did") || t.is(p - 1, "does")))) {
      // "there were reports the …", "there are fears that …": a form of "be" and a noun; but
      // "all she could do was shout “…”"
      return null;
    }
    if (insidePrepositionalPhrase(p, sentenceStart) && !pluralBeforeRelative(p, sentenceStart)) {
      return null; // "of Democratic claims", "in the reports"
    }
    if (w.isForm(CueForm.THIRD)) {
      return pluralNounHere(i, w) || nounPhraseHead(i, p, sentenceStart) ? null : CueForm.THIRD;
    }
    boolean verbContext = t.is(p, WordClass.MODAL) || t.is(p, WordClass.AUX) || t.is(p, "to")
        && !(p - 1 >= sentenceStart && t.is(p - 1, "according")) // "according to show insiders"
        || t.is(p, WordClass.SUBJ) && !t.is(p, "it") || t.is(p, WordClass.NEG)
        || t.is(p, WordClass.ROLE_PLURAL) || t.is(p, WordClass.REL) || t.type(p) == TokenType.NUMBER
        || pluralNoun(p) || t.is(p, "percent") && w.verb().takesBareClause()
        || pluralHeadBefore(p, sentenceStart) || p - 1 >= sentenceStart && t.is(p - 1, "and")
        || namesJoined(p, sentenceStart) || Words.clauseHead(t, p, sentenceStart) >= 0
        || pluralBeforeRelative(p, sentenceStart)
        || p - 1 >= sentenceStart && t.word(p) == null && Words.edWord(t, p)
            && (t.is(p - 1, "those") || pluralNoun(p - 1)); // "those surveyed say"
    return verbContext ? CueForm.BASE : null;
  }

  /**
   * Whether token i is "known" before "as" or "for": what someone is called or famous for
   * ("a group known as the Crew", "known locally as", "well known for its ties"), not what
   * anyone knows.
   */
  private boolean reputation(int i) {
    if (i + 2 >= t.size() || !t.is(i, "known") || i > 0 && t.is(i - 1, WordClass.AUX)) {
      // but "have known for months that": the perfect of knowing
      return false;
    }
    int n = t.lower(i + 1) && (Words.endsWith(t, i + 1, "ly")
        || t.is(i + 1, "online")) ? i + 2 : i + 1; // "known locally as", "known online as"
    if (!t.is(n, "as") && !t.is(n, "for")) {
      return false;
    }
    // a quoted title after "the" keeps the quoted-fragment reading: "the bill, known as the
    // “Fair Pay Act”", words someone coined, if nobody in view; a nickname ("known as
    // “Ghost”") is no one's words
    return n + 2 >= t.size() || !t.is(n + 1, WordClass.DET) || t.type(n + 2) != TokenType.QUOTE;
  }

  /**
   * Whether the capitalised words ending at p (a name with its title, "Mr. Leahy") follow
   * "and" after another name: "Mr. Grassley and Mr. Leahy say", a plural subject.
   */
  private boolean namesJoined(int p, int sentenceStart) {
    int k = p;
    while (k >= sentenceStart && p - k < 4 && t.cap(k) && t.depth(k) == 0) {
      k--;
    }
    return k < p && k - 1 >= sentenceStart && t.is(k, "and") && t.lower(k) && t.cap(k - 1);
  }

  /**
   * A present form after a plural noun or a name that can end its subject, with a reported
   * clause after it: "Democrats in the region say they …", "Official data suggest that the
   * …", "Economists at Oxford argue that …". A word that is also a cue noun
   * ("claims that he lied", "fears that …") and a noun before a relative "that" ("shows that
   * aired") are left to the other tests.
   */
  private boolean clauseAfterSubject(int i, int p, Word w) {
    int n = i + 1;
    if (t.is(i, WordClass.CUE_NOUN) || !w.verb().takesClause() || n + 1 >= t.size()
        || t.depth(n) > 0 || !(pluralNoun(p) || t.is(p, "data") || t.cap(p) && p == i - 1
            && !t.isAny(p, Words.FUNCTION) && !t.is(p, WordClass.TIME))) {
      return false; // "the very reason he hopes", "common sense this was": a noun
    }
    if (t.is(n, WordClass.SUBJ) && t.lower(n) && !t.is(n, "it") && !t.is(n, "you")) {
      return t.isAny(n + 1, Words.AUXILIARIES) || t.is(n + 1, WordClass.NEG)
          || Words.edWord(t, n + 1) || t.lower(n + 1) && Words.endsWith(t, n + 1, "s");
    }
    return t.is(n, "that") && (t.is(n + 1, WordClass.SUBJ) && !t.is(n + 1, "it")
        || t.isAny(n + 1, Words.OPENERS) || t.cap(n + 1) && !t.is(n + 1, "I"));
  }

  /**
   * Whether "quoted" comes right before "as" at p, or with its agent between: "was quoted as
   * saying", "was quoted by the state news agency as saying".
   */
  private boolean quotedBefore(int p, int sentenceStart) {
    if (p - 1 >= sentenceStart && t.is(p - 1, "quoted")) {
      return true;
    }
    for (int k = p - 1; k - 1 >= sentenceStart && p - k <= 8; k--) {
      if (t.depth(k) > 0 || Words.comma(t, k) || Words.terminal(t, k)) {
        return false;
      }
      if (t.is(k, "by")) {
        return t.is(k - 1, "quoted");
      }
    }
    return false;
  }

  /**
   * An -s form read as a plural noun by what follows: a verb ("interest rates are low") or a
   * relative clause whose verb comes at once ("states that have voted", "charges that might").
   */
  private boolean pluralNounHere(int i, Word w) {
    int n = i + 1;
    if (n >= t.size() || !t.lower(n)) {
      return false;
    }
    boolean say = w.verb().lemma().equals("say"); // "says" is never a noun
    if (t.isAny(n, Words.AUXILIARIES) && !t.is(n, WordClass.NEG) && !say || t.is(n, WordClass.CUE)
        && t.word(n).isForm(CueForm.THIRD) && !t.word(n).isForm(CueForm.BASE)) {
      return true; // "reports shows"
    }
    return (t.is(n, "that") || t.is(n, "which")) && n + 1 < t.size()
        && t.isAny(n + 1, Words.AUXILIARIES)
        && !t.is(n + 1, WordClass.NEG) && !say;
  }

  /**
   * An -s form ending a noun phrase begun by a plural quantity or a plural modifier: "four
   * percentage points", "some steep challenges", "capital gains rates", "voting rights
   * advocates". p is the token before i.
   */
  private boolean nounPhraseHead(int i, int p, int sentenceStart) {
    if (p == i - 1 && p - 1 >= sentenceStart && t.cap(p) && (t.is(p - 1, "a")
        || t.is(p - 1, "an"))) {
      return true; // "told a Senate estimates hearing": a name after "a" only modifies
    }
    int k = p;
    while (k >= sentenceStart && i - k <= 3 && t.lower(k) && t.word(k) == null
        && Words.nounish(t, k)) {
      k--;
    }
    if (p == i - 1 && t.lower(p) && t.word(p) == null && Words.pluralNoun(t, p)
        && !(k >= sentenceStart && t.is(k, WordClass.PREP))) {
      return true; // but "an average of recent polls shows"
    }
    return k < p && k >= sentenceStart && (t.type(k) == TokenType.NUMBER
        || t.is(k, WordClass.QUANT) && !SINGULAR.hasLower(t, k));
  }

  private static final WordSet SINGULAR = WordSet.of("one", "each",
      "every", "a", "an");


  /**
   * A present form after a share that reads as its noun: "some support for the plan", "many
   * calls are", "most reports of".
   */
  private boolean nounAfterShare(int i, Word w) {
    if (w.isForm(CueForm.PAST) || i + 1 >= t.size()) {
      return false;
    }
    if (w.isForm(CueForm.THIRD) && !w.isForm(CueForm.BASE) && t.type(i - 1) == TokenType.WORD
        && t.is(i - 1, WordClass.QUANT)) {
      return true; // "many promises", "several states": a plural quantifier takes no -s verb
    }
    return t.is(i + 1, "of") || t.is(i + 1, "for") || t.isAny(i + 1, Words.AUXILIARIES)
        || w.isForm(CueForm.THIRD) && pluralNounHere(i, w);
  }

  /** "her" as the object in "a spokesman for her said", not the possessive it can be. */
  private boolean objectOfPreposition(int p, int sentenceStart) {
    return t.is(p, WordClass.OBJ) && p - 1 >= sentenceStart && t.is(p - 1, WordClass.PREP);
  }

  /** Whether the words before a present-tense form sit in a prepositional phrase. */
  private boolean insidePrepositionalPhrase(int p, int sentenceStart) {
    int k = p;
    while (k >= sentenceStart && p - k < 5 && (Words.nounish(t, k) || t.cap(k)
        || t.is(k, WordClass.DET)) && !t.is(k, WordClass.PREP)) {
      k--;
    }
    boolean modifiesSubject = k - 1 >= sentenceStart && (Words.nounish(t, k - 1)
        && t.type(k - 1) != TokenType.NUMBER || t.is(k - 1, WordClass.QUANT)
        || k - 2 >= sentenceStart && (Words.edWord(t, k - 1) || t.is(k - 1, "close")
            || participle(k - 1)) && pluralNoun(k - 2)); // "people briefed on the talks say"
    return k >= sentenceStart && k < p && t.is(k, WordClass.PREP) && !t.is(k, "to")
        && !t.is(k, "that") && !modifiesSubject;
  }

  /** The comma opening an aside like ", like their rivals," that ends at comma p, or -1. */
  private int asideStart(int p, int sentenceStart) {
    if (p >= sentenceStart && t.type(p) == TokenType.DASH) {
      return dashAsideStart(p, sentenceStart);
    }
    if (p < sentenceStart || !Words.comma(t, p)) {
      return -1;
    }
    for (int k = p - 1; k > sentenceStart && p - k <= 7 && t.depth(k) == 0; k--) {
      if (Words.comma(t, k)) {
        boolean prepositional = t.is(k + 1, "like") || t.is(k + 1, "unlike")
            || t.is(k + 1, "along") || t.is(k + 1, "including")
            || Words.prepositionalAside(t, k + 1, p) && t.type(k - 1) == TokenType.WORD
                && (Words.nounish(t, k - 1) || t.cap(k - 1)); // "Economists, for instance, say"
        // "The findings, published on Wednesday, suggest": a passive participle's phrase
        boolean participle = t.word(k + 1) == null && Words.edWord(t, k + 1)
            && k + 2 < p && t.is(k + 2, WordClass.PREP)
            && (Words.pluralNoun(t, k - 1) || t.is(k - 1, WordClass.WORK)
                || t.is(k - 1, WordClass.CUE_NOUN));
        return (prepositional || participle) && k + 2 < p ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The opening dash of an aside between dashes that closes at p, after a noun that can end
   * the subject: "Democrats — and some Republicans — say", "Economists – including two of the
   * bank's own – warn"; -1 if there is none.
   */
  private int dashAsideStart(int p, int sentenceStart) {
    for (int k = p - 1; k > sentenceStart && p - k <= 20; k--) {
      if (t.depth(k) > 0 || Words.terminal(t, k)) {
        return -1;
      }
      if (t.type(k) == TokenType.DASH) {
        return k + 1 < p && t.type(k - 1) == TokenType.WORD
            && (Words.nounish(t, k - 1) || t.cap(k - 1)) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * A plural head with a modifier after it, ending at p: "Aides to the mayor say", "Sources
   * close to the campaign say", "People briefed on the talks say", "Critics of the plan say",
   * "Analysts at the bank say", "Officials from the ministry say".
   */
  /** Prepositions of place after a plural subject: "Residents near the plant say". */
  private static final WordSet PLACE = WordSet.of("near", "outside", "inside",
      "across", "around", "behind", "within", "beyond");

  private boolean pluralHeadBefore(int p, int sentenceStart) {
    int modified = Words.pronounModifierHead(t, p, sentenceStart);
    if (modified >= 0) { // "Those close to him say", "people familiar with it say"
      return t.is(modified, "those") || Words.pluralNoun(t, modified);
    }
    int m = p;
    while (m > sentenceStart && p - m < 5 && t.depth(m) == 0 && !t.isAny(m, Words.OPENERS)
        && (Words.nounish(t, m) || t.cap(m)) && !t.is(m, WordClass.PREP)) {
      m--;
    }
    if (t.isAny(m, Words.OPENERS) && !t.is(m, "that")) {
      m--;
    }
    if (m - 2 >= sentenceStart && m < p && t.is(m, WordClass.PREP) && participle(m - 1)) {
      return Words.pluralNoun(t, m - 2); // "Residents living near the plant say"
    }
    if (m - 1 >= sentenceStart && m < p && t.lower(m) && Words.ingWord(t, m)
        && p + 2 < t.size() && (t.is(p + 2, "that") || t.is(p + 2, WordClass.SUBJ))) {
      return Words.pluralNoun(t, m - 1); // "Residents opposing the plant say they …"
    }
    // "Economists at the bank say", "Documents from the trial show", when the verb is no
    // part of a name ("critics at the Washington Post"); not "for", whose object is often a
    // noun before a noun ("sets for the TV show")
    if (m - 1 < sentenceStart || m == p || !(t.is(m, "to") || t.is(m, "in") || t.is(m, "on")
        || t.is(m, "with") || t.is(m, "of") || (t.is(m, "at") || t.is(m, "from")
            || PLACE.has(t, m)) && p + 1 < t.size() && t.lower(p + 1))) {
      return false;
    }
    int head = m - 1;
    if (head - 1 >= sentenceStart && (t.is(head, "close") || Words.edWord(t, head))) {
      head--; // "close to", "briefed on"
    }
    return Words.pluralNoun(t, head);
  }

  /**
   * Whether p ends a relative clause with a verb of its own that modifies a plural noun:
   * "Supporters who have heard from the campaign say", "Officials whose laws were struck down
   * say". Only words lie between; a comma ends the search.
   */
  private boolean pluralBeforeRelative(int p, int sentenceStart) {
    int k = Words.relativeWordBefore(t, p, sentenceStart, MAX_RELATIVE);
    if (k < 0) {
      return false;
    }
    int v = t.is(k, "whose") ? k + 2 : k + 1;
    return v < p && (t.is(v, WordClass.AUX) || t.is(v, WordClass.MODAL)
        || t.is(v, WordClass.COPULA) || t.is(v, WordClass.PAST)
        || t.word(v) == null && t.lower(v) && Words.edWord(t, v))
        && pluralNoun(k - 1);
  }

  private static final int MAX_RELATIVE = 12;

  /** An -ing participle opening a clause after its noun: "living", "waiting". */
  private boolean participle(int j) {
    return Words.ingWord(t, j) && t.word(j) == null && !t.is(j, WordClass.PREP);
  }

  private boolean isFollowedByBy(int i) {
    return i + 1 < t.size() && t.is(i + 1, "by");
  }

  /** A word that reads as a plural noun before a base-form verb: "Democrats say", "polls show". */
  private boolean pluralNoun(int p) {
    if (t.type(p) != TokenType.WORD) {
      return false;
    }
    int e = t.end(p);
    char last = t.charAt(e - 1);
    return (last == 's' || last == 'S') && e - t.start(p) > 3 && !t.isAny(p, Words.FUNCTION)
        || t.is(p, "people");
  }
}
