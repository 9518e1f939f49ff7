package io.github.quotable.attribution;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * Whether a noun phrase after a verb of finding reports a finding: "the poll found broad
 * support", "found no evidence", "found him guilty", "found the plan troubling"; but not "found
 * a way to win", "could not find a job" or "found sanctuary in Russia", where "find" means
 * come upon or obtain.
 */
final class Findings {
  private Findings() {}

  /** Words opening an object that reports an absence or a measure: "found no evidence". */
  private static final WordSet MEASURES = WordSet.of("no", "little", "nothing", "few",
      "scant", "limited");

  /**
   * Whether the object from {@code first} is a finding, given the verb group's first token and
   * the verb's source (null if none): a document or study as the finder, an object of absence
   * or measure, or a predicate after the object (what it was found to be or doing).
   */
  static boolean reported(SentenceContext c, int first, int vg, Phrase src) {
    int end = c.s.end();
    if (src != null && src.kind() == Phrase.Kind.NOMINAL
        && (c.t.is(src.end() - 1, WordClass.WORK) || c.t.is(src.headEnd() - 1, WordClass.WORK))
        || studyBefore(c, vg)) {
      return true; // "the survey found 90 percent support", "a poll by the group found"
    }
    if (MEASURES.hasLower(c.t, first)) {
      return true;
    }
    Phrase object = c.np.after(first, end);
    int after = object == null ? first + 1 : object.end();
    if (after >= end || c.t.depth(after) > 0 || !c.t.lower(after)) {
      return object != null && object.size() >= 3 && adjectiveLast(c, object.end() - 1);
    }
    if (c.t.is(after, WordClass.PREP) && adjectiveLast(c, clauseLast(c, after))) {
      return true; // "found his language on trade and taxes troubling"
    }
    // "found it difficult", "found both men largely unknown", "found Trump leading", "found
    // the nominee garnered twice as much", "found it to be a deterrent"; not "found a home
    // in", "found ways to press", "jobs that"
    return !c.t.is(after, WordClass.PREP) && !PLACES.hasLower(c.t, after)
        && !c.t.is(after, "that") && !c.t.is(after, "which")
        && !c.t.is(after, "who") && !c.t.is(after, "and") && !c.t.is(after, "or")
        && !c.t.isAny(after, Words.OPENERS) // "found a way past the keeper": a second phrase
        && !c.t.is(after, WordClass.TIME)
        && (!c.t.is(after, "to") || after + 1 < end && c.t.is(after + 1, "be"));
  }

  /** Particles and adverbs of place the grammar does not list as prepositions. */
  private static final WordSet PLACES = WordSet.of("past", "along", "off", "out", "up", "down",
      "back", "here", "there", "home", "online", "somewhere", "elsewhere", "again", "together",
      "beneath", "beside", "aboard", "abroad", "nearby");

  /**
   * Whether the subject ending before the verb group at vg holds a lower-case document or study
   * noun: "a poll from Suffolk University found", "a survey by the group in March found". Reads
   * back at most {@value #SUBJECT_WORDS} words, stopping at a comma or clause mark.
   */
  private static boolean studyBefore(SentenceContext c, int vg) {
    for (int k = vg - 1; k >= c.s.first() && vg - k <= SUBJECT_WORDS; k--) {
      if (c.t.depth(k) > 0 || Words.comma(c.t, k) || Words.terminal(c.t, k)
          || c.t.is(k, WordClass.SUBJ) || c.t.is(k, WordClass.CUE)) {
        return false;
      }
      if (c.t.lower(k) && c.t.is(k, WordClass.WORK)) {
        return true;
      }
    }
    return false;
  }

  private static final int SUBJECT_WORDS = 8;

  /** The last word before the comma, clause mark or sentence end after k, at most 12 on. */
  private static int clauseLast(SentenceContext c, int k) {
    int j = k;
    while (j + 1 < c.s.end() && j - k < 12 && c.t.depth(j + 1) == 0 && !Words.comma(c.t, j + 1)
        && !Words.terminal(c.t, j + 1) && c.t.type(j + 1) == TokenType.WORD) {
      j++;
    }
    return j + 1 >= c.s.end() || c.t.type(j + 1) != TokenType.WORD
        ? j : k;
  }

  /** "the message chilling", "the gesture appropriate": an adjective the phrase took in. */
  private static boolean adjectiveLast(SentenceContext c, int k) {
    return c.t.lower(k) && c.t.word(k) == null && (Words.ingWord(c.t, k)
        || Words.endsWith(c.t, k, "ate") || Words.endsWith(c.t, k, "ous")
        || Words.endsWith(c.t, k, "ful") || Words.endsWith(c.t, k, "ble")
        || Words.endsWith(c.t, k, "ive") || Words.endsWith(c.t, k, "ic")
        || Words.endsWith(c.t, k, "ent") || Words.endsWith(c.t, k, "ant"));
  }
}
