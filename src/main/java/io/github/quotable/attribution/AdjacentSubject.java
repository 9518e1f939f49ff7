package io.github.quotable.attribution;

import io.github.quotable.QuoteKind;
import io.github.quotable.cues.Cue;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;

/**
 * The speaker of a quotation that is a sentence of its own, read from the sentence beside it
 * in its paragraph when that sentence is about someone and quotes nothing: "Kessel stood up.
 * “I have lived here forty years.”" (the sentence before: its subject), "“Nobody told us.”
 * Janine Oduya, 52, was among those evacuated." (the sentence after: a name opening it), "“…”
 * So says Dale Ferrand." (the sentence after: an inverted tag and nothing else).
 * Feature and local news use such beats where PolNeAR's political copy has a verb of saying.
 */
final class AdjacentSubject {
  private static final int MAX_ASIDE = 8;
  /** Capitalised at a sentence's start, these open no name: "There was some debate." */
  private static final WordSet EXPLETIVES = WordSet.of("there", "here", "it", "this", "that");
  private final Document doc;
  private final Tokens t;
  private final NounPhrases np;

  AdjacentSubject(Document doc, NounPhrases np) {
    this.doc = doc;
    this.t = doc.tokens();
    this.np = np;
  }

  /** The subject of the sentence before the quotation, or null. */
  Phrase before(QuotedSpan q) {
    Sentence s = doc.sentenceOf(q.outerFirst());
    if (!standsAlone(q) || s.index() == 0) {
      return null;
    }
    Sentence p = doc.sentences().get(s.index() - 1);
    if (p.paragraph() != s.paragraph() || quotes(p) || t.isChar(p.end() - 1, ':')) {
      return null;
    }
    Phrase subject = CueBeforeSieve.subject(t, np, p, p.end());
    return subject != null && person(subject) && actsAfter(subject, p) ? subject : null;
  }

  /**
   * The subject of the last sentence of the paragraph before, when the quotation opens its
   * paragraph and runs on into the next ones: a feature's "Ada Tull has farmed here for fifty
   * years.¶“The snow came in the night. …¶“…”" (a testimony; a lone line after a paragraph
   * about someone may as well be another's). Null otherwise.
   */
  Phrase paragraphBefore(QuotedSpan q) {
    int from = q.outerFirst();
    Sentence s = doc.sentenceOf(from);
    if (!q.continues || from != s.first() || !t.startsParagraph(from) || s.index() == 0) {
      return null;
    }
    Sentence p = doc.sentences().get(s.index() - 1);
    if (p.paragraph() + 1 != s.paragraph() || quotes(p) || t.isChar(p.end() - 1, ':')) {
      return null;
    }
    Phrase subject = CueBeforeSieve.subject(t, np, p, p.end());
    return subject != null && person(subject) && actsAfter(subject, p) ? subject : null;
  }

  /** A name opening the sentence after the quotation, or null. */
  Phrase after(QuotedSpan q) {
    Sentence s = doc.sentenceOf(q.outerEnd() - 1);
    if (!standsAlone(q) || s.index() + 1 >= doc.sentences().size()) {
      return null;
    }
    Sentence n = doc.sentences().get(s.index() + 1);
    if (n.paragraph() != s.paragraph() || quotes(n)) {
      return null;
    }
    Phrase subject = np.after(n.first(), n.end());
    return subject != null && subject.kind() == Phrase.Kind.NAME
        && !t.is(subject.headFirst(), WordClass.TIME) && actsAfter(subject, n) ? subject : null;
  }

  /**
   * "“The river has never been this low.” So says Dale Ferrand, who …": the quotation is the
   * content of the inverted tag that makes up the sentence after it; null if there is none.
   */
  Attribution soSays(QuotedSpan q) {
    Sentence n = sentenceAfter(q);
    int so = n == null ? -1 : t.is(n.first(), "or") ? n.first() + 1 : n.first();
    if (n == null || so + 2 >= n.end() || !t.is(so, "so")) {
      return null;
    }
    Word w = t.word(so + 1);
    if (w == null || !w.is(WordClass.CUE) || w.verb().kind() != QuoteKind.SPEECH
        || !(w.isForm(CueForm.THIRD) || w.isForm(CueForm.PAST))) {
      return null; // the finder reads no verb after a sentence-initial "So": it is one here
    }
    Cue cue = new Cue(Cue.Type.VERB, so + 1, so + 1, so + 2, w.verb(),
        w.isForm(CueForm.PAST) ? CueForm.PAST : CueForm.THIRD);
    Phrase src = np.after(cue.end(), n.end());
    return src == null || !person(src) && src.kind() != Phrase.Kind.NOMINAL ? null
        : attribution(q, cue, src);
  }

  /**
   * The sentence after a quotation that stands alone points back at it with a demonstrative and
   * a form of "be", then names its author: after a noun for words and "from", "of" or "by"
   * ("“We are not afraid.” That was the message from striker Ana Silva.", "Those were the words
   * of …", "Such was the verdict of …"), or after "how" with a cue in the past tense ("That was
   * how Minister Ann Roe described the ruling"); null if it does not ("That was how it ended").
   */
  Attribution pointedBack(QuotedSpan q) {
    Sentence n = sentenceAfter(q);
    int k = n == null ? -1 : n.first();
    if (n == null || k + 4 >= n.end() || !POINTERS.hasLower(t, k)
        || !t.is(k + 1, WordClass.COPULA) && !t.is(k + 1, "'s") && !t.is(k + 1, "’s")) {
      return null;
    }
    if (t.is(k + 2, "how")) {
      return describedHow(q, n, k + 3);
    }
    boolean words = false;
    for (int i = k + 2; i + 1 < n.end() && i - k <= 6; i++) {
      if (t.is(i, "from") || t.is(i, "of") || t.is(i, "by")) {
        Phrase src = words ? np.after(i + 1, n.end()) : null;
        boolean body = src != null && src.kind() == Phrase.Kind.NOMINAL
            && t.is(src.headEnd() - 1, WordClass.ORG); // "the view of the union"
        return src == null || !person(src) && !body ? null : attribution(q, null, src);
      }
      Word w = t.word(i);
      words |= w != null && (w.is(WordClass.CUE_NOUN) || w.is(WordClass.WORK));
      if (!t.lower(i) || t.depth(i) > 0) {
        return null;
      }
    }
    return null;
  }

  private static final WordSet POINTERS = WordSet.of("that", "those", "these", "this", "such");

  /** "… how Minister Ann Roe described the ruling": the phrase at i, then a past-tense cue. */
  private Attribution describedHow(QuotedSpan q, Sentence n, int i) {
    Phrase src = np.after(i, n.end());
    if (src == null || src.first() != i || src.end() >= n.end()
        || !person(src) && src.kind() != Phrase.Kind.NOMINAL) {
      return null;
    }
    Word w = t.word(src.end());
    if (w == null || !w.is(WordClass.CUE) || w.verb() == null || !w.isForm(CueForm.PAST)) {
      return null;
    }
    return attribution(q,
        new Cue(Cue.Type.VERB, src.end(), src.end(), src.end() + 1, w.verb(), CueForm.PAST), src);
  }

  /** The sentence after a quotation that stands alone, if it is in the same paragraph. */
  private Sentence sentenceAfter(QuotedSpan q) {
    Sentence s = doc.sentenceOf(q.outerEnd() - 1);
    if (!standsAlone(q) || s.index() + 1 >= doc.sentences().size()) {
      return null;
    }
    Sentence n = doc.sentences().get(s.index() + 1);
    return n.paragraph() == s.paragraph() ? n : null;
  }

  private static Attribution attribution(QuotedSpan q, Cue cue, Phrase src) {
    return new Attribution(q.outerFirst(), q.outerEnd(), cue, src, null, null, -1, -1,
        Rule.ADJACENT_SUBJECT, QuoteKind.SPEECH, Rule.ADJACENT_SUBJECT.confidence());
  }

  /** The quotation opens its first sentence and closes its last. */
  private boolean standsAlone(QuotedSpan q) {
    if (!q.closed()) {
      return false;
    }
    Sentence first = doc.sentenceOf(q.outerFirst());
    Sentence last = doc.sentenceOf(q.outerEnd() - 1);
    return q.outerFirst() == first.first() && (q.outerEnd() == last.end()
        || q.outerEnd() + 1 == last.end() && Words.terminal(t, q.outerEnd()));
  }

  private boolean quotes(Sentence s) {
    for (int k = s.first(); k < s.end(); k++) {
      if (t.depth(k) > 0 || t.type(k) == TokenType.QUOTE) {
        return true;
      }
    }
    return false;
  }

  /** A name, "he" or "she", or a noun for a person ("the nurse"). */
  private boolean person(Phrase p) {
    return switch (p.kind()) {
      case NAME -> !t.is(p.headFirst(), WordClass.TIME) && !EXPLETIVES.hasLower(t, p.headFirst());
      case PRONOUN -> t.is(p.headFirst(), "he") || t.is(p.headFirst(), "she");
      case NOMINAL -> Words.role(t, p.headEnd() - 1) && !t.is(p.headEnd() - 1, WordClass.ORG);
      case RELATIVE -> false;
    };
  }

  /**
   * The phrase is the subject of a verb: a lowercase word follows it, perhaps after an aside
   * between commas ("Grace, however, was unconvinced", "Marr, a nurse at the clinic, shook"); not a possessive or a list.
   */
  private boolean actsAfter(Phrase p, Sentence s) {
    int k = p.end();
    if (p.hasAppositive() && k < s.end() && Words.comma(t, k)) {
      k++; // the comma closing the appositive
    } else if (k < s.end() && Words.comma(t, k)) {
      int close = k + 1;
      while (close < s.end() && close - k <= MAX_ASIDE && !Words.comma(t, close)) {
        close++;
      }
      k = close < s.end() && close - k <= MAX_ASIDE ? close + 1 : k;
    }
    return k < s.end() && t.type(k) == TokenType.WORD && t.lower(k)
        && !t.is(k, WordClass.PREP) && !t.is(k, "and") && !t.is(k, "or");
  }
}
