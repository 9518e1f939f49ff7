package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import java.util.List;
import java.util.Locale;

/**
 * A colon introducing what someone said, with no cue verb before it: "Romeo: “Is the day so
 * young?”" (a short source phrase, then the colon, then a quotation), headlines and transcripts
 * ("Ruiz: I'm optimistic voters will say no", "Q: Your mother was deported?") and "His
 * colleague was blunter: “…”" (the sentence's subject is the source).
 */
final class ColonSieve implements Sieve {
  private static final int MAX_LEAD = 14;
  private static final int MAX_LABEL = 4;
  /** Editorial labels before a colon, which introduce no speaker. */
  private static final WordSet LABELS = WordSet.of("update", "updated", "note", "correction",
      "clarification", "photo", "photos", "video", "watch", "read", "related", "source",
      "sources", "credit", "caption", "image", "listen", "sponsored", "advertisement", "more",
      "see", "also", "warning", "editor", "editors", "disclosure", "disclaimer", "tags", "topics",
      "subscribe", "follow", "share", "transcript", "breaking", "exclusive", "analysis",
      "opinion", "live", "poll", "quiz", "recap", "timeline", "explainer", "graphic", "chart",
      "map", "summary", "background", "why", "what", "how", "when", "where", "who", "here",
      "bottom", "answer", "question", "reporting", "contact", "email", "phone", "website",
      "address", "date", "time", "location", "venue", "cost", "price", "tickets", "details",
      "info", "information", "notes", "p.s", "ps", "verdict", "result", "results", "score",
      "final", "dateline", "byline", "by", "via");

  @Override
  public void apply(SentenceContext c) {
    if (!c.mentions(Keyword.COLON)) {
      return;
    }
    for (int i = c.s.first() + 1; i + 1 < c.s.end() && i - c.s.first() <= MAX_LEAD; i++) {
      if (c.t.depth(i) > 0 || !c.t.isChar(i, ':')) {
        continue;
      }
      if (cueBefore(c, i) || c.t.is(i - 1, "told") || c.t.is(i - 1, "heard")) {
        return; // "The jury was told: “…”" is no subject's own quotation (HearingSieve)
      }
      if (c.clauses.opensQuote(i + 1)) {
        quotation(c, i);
      } else if (i - c.s.first() <= MAX_LABEL) {
        label(c, i);
      }
      return;
    }
  }

  private static void quotation(SentenceContext c, int colon) {
    if (colon == c.s.first() + 1 && interviewLabel(c.t.string(c.s.first()))
        || invertedTag(c, colon)) {
      return;
    }
    Phrase src = c.np.before(colon, c.s.first());
    Rule rule = Rule.COLON;
    if (src == null || src.first() != c.s.first()) {
      src = c.np.after(c.s.first(), colon);
      rule = Rule.COLON_AFTER_SUBJECT;
    }
    if (src != null && src.kind() != Phrase.Kind.RELATIVE) {
      Phrase owner = rule == Rule.COLON_AFTER_SUBJECT ? ownerOfSpeech(c, src) : null;
      accept(c, colon, owner != null ? owner : src, rule);
    }
  }

  /** Nouns for what someone said or answered, whose owner is the speaker. */
  private static final WordSet SPEECH_NOUNS = WordSet.of("response", "reply", "answer",
      "reaction", "verdict", "retort", "message", "view", "views", "verdict", "advice",
      "explanation", "rebuttal", "comment", "comments", "statement", "words", "thoughts",
      "assessment", "warning", "plea", "argument", "conclusion", "take");

  /**
   * The owner of a speech noun heading the subject: "Ben Ashdown's response was swift: “…”"
   * and "Her reply was short: “…”" quote Ben Ashdown and her, not the response; or null.
   */
  private static Phrase ownerOfSpeech(SentenceContext c, Phrase src) {
    int noun = src.withoutAppositive().end() - 1;
    if (!SPEECH_NOUNS.hasLower(c.t, noun) || !c.t.lower(noun)) {
      return null;
    }
    int k = noun - 1;
    while (k > src.first() && noun - k <= 2 && c.t.lower(k) && c.t.word(k) == null) {
      k--; // "Ben Ashdown's angry response", "his own blunt reply"
    }
    if (k > src.first() && c.t.is(k, "own")) {
      k--;
    }
    if (k < src.first()) {
      return null;
    }
    if (c.t.is(k, WordClass.POSS)) {
      return new Phrase(k, k + 1, k, k + 1, Phrase.Kind.PRONOUN, -1, -1);
    }
    if (c.t.type(k) != TokenType.POSSESSIVE || k <= src.first()) {
      return null;
    }
    Phrase p = c.np.before(k, src.first());
    return p == null || p.first() != src.first() || p.kind() != Phrase.Kind.NAME
        && p.kind() != Phrase.Kind.NOMINAL ? null : p;
  }

  /** "Said Ellis: “…”", "Added the mayor: “…”": the cue first, then its source, then a colon. */
  private static boolean invertedTag(SentenceContext c, int colon) {
    int v = c.s.first();
    Word w = c.t.word(v);
    if (w == null || !w.is(WordClass.CUE) || !c.t.cap(v)
        || !w.isForm(CueForm.PAST) || w.verb() == null) {
      return false;
    }
    Phrase src = c.np.before(colon, v + 1);
    if (src == null || src.first() != v + 1 || src.kind() == Phrase.Kind.RELATIVE) {
      return false;
    }
    Cue cue = new Cue(Cue.Type.VERB, v, v, v + 1, w.verb(),
        CueForm.PAST);
    int end = c.clauses.contentEnd(colon + 1, c.s.end());
    return c.accept(colon + 1, end, cue, src, null, null, -1, -1, Rule.INVERTED_CUE_AFTER,
        Rule.INVERTED_CUE_AFTER.confidence()) != null;
  }

  /** "Ruiz: I'm optimistic …", "Q: …", "LIND: …": a name and a colon opening a sentence. */
  private static void label(SentenceContext c, int colon) {
    Phrase src = c.np.before(colon, c.s.first());
    if (src == null || src.first() != c.s.first() || src.kind() == Phrase.Kind.RELATIVE) {
      return;
    }
    if (Headlines.reportingLabel(c, src, colon)) {
      accept(c, colon, src, Rule.COLON);
      return;
    }
    if (LABELS.hasLower(c.t, colon - 1)
        || src.kind() == Phrase.Kind.NOMINAL && !c.t.has(c.s.first(), Shape.CAP)
        || loneCapitalLabel(c, src, colon)) {
      return;
    }
    int end = turnEnd(c, colon);
    // a headline's words may all be capitalised, and its verb left out or unknown ("Lee: Time
    // for a Change", "Lee: I'd Consider a Bid"): there the person's name is enough
    if (end - colon > 3 && personLike(c, src) && (c.clauses.hasVerb(colon + 1, end)
        || Headlines.statement(c, colon) && onePerson(c, src))) {
      accept(c, colon, end, src, Rule.COLON);
    }
  }

  /**
   * Where a label's turn ends: with its paragraph when the label opens one, as in a transcript
   * ("KERR: Rebuilding trust. People have to believe we will come."), else with its sentence.
   */
  private static int turnEnd(SentenceContext c, int colon) {
    List<Sentence> all = c.doc.sentences();
    int last = c.s.index();
    if (c.t.startsParagraph(c.s.first())) {
      while (last + 1 < all.size() && all.get(last + 1).paragraph() == c.s.paragraph()) {
        last++;
      }
    }
    Sentence s = all.get(last);
    return c.clauses.contentEnd(last == c.s.index() ? colon + 1 : s.first(), s.end());
  }

  /**
   * A speaker's label: a given name, a full name, or a word the article also uses in a
   * longer name ("LIND:" where "Ada Lind" appears).
   */
  private static boolean personLike(SentenceContext c, Phrase src) {
    int first = src.headFirst();
    int end = src.headEnd();
    if (end - first >= 2 && c.t.is(first, WordClass.FIRST_NAME)
        || c.t.is(first, WordClass.HONORIFIC)
        || c.t.is(first, WordClass.TITLE)) {
      return true;
    }
    String last = c.t.string(end - 1);
    return !interviewLabel(last) && c.clauses.namesAfterAName().contains(last.toLowerCase(Locale.ROOT));
  }

  /**
   * A label that names one person for sure: a given name with a surname, a title or an
   * honorific first, or a lone surname ("Graham:"); not "Breitbart News Daily:", nor two
   * people joined by "and".
   */
  private static boolean onePerson(SentenceContext c, Phrase src) {
    for (int k = src.first(); k < src.end(); k++) {
      if (c.t.is(k, "and") || c.t.isChar(k, '&')) {
        return false;
      }
    }
    int first = src.headFirst();
    return src.headEnd() - first == 1 || src.headEnd() - first == 2
        && c.t.is(first, WordClass.FIRST_NAME)
        || c.t.is(first, WordClass.HONORIFIC)
        || c.t.is(first, WordClass.TITLE);
  }

  /**
   * Whether a label in capitals is the only one of the article: "NEW DELHI: The minister
   * said …" is a dateline, while a transcript gives its speakers' labels again and again
   * ("TAPPER: …", "BENENSON: …").
   */
  private static boolean loneCapitalLabel(SentenceContext c, Phrase src, int colon) {
    for (int k = src.first(); k < colon; k++) {
      if (c.t.isWord(k) && !c.t.has(k, Shape.UPPER)) {
        return false;
      }
    }
    int[] labels = capitalLabels(c);
    return labels[0] < 0 || labels[0] == colon && labels[1] < 0;
  }

  /**
   * The colons of the document's first two labels in capitals near a paragraph's start, -1
   * for none: found once per document, as a document of many labels asked for each of them.
   */
  private static int[] capitalLabels(SentenceContext c) {
    if (c.capitalLabels == null) {
      int[] labels = {-1, -1};
      int n = 0;
      for (int k = 1; k < c.t.size() && n < 2; k++) {
        if (c.t.isChar(k, ':') && c.t.has(k - 1, Shape.UPPER)
            && k - c.t.paragraphStart(c.t.paragraph(k)) <= MAX_LABEL) {
          labels[n++] = k;
        }
      }
      c.capitalLabels = labels;
    }
    return c.capitalLabels;
  }

  /**
   * "Q" and "A" in an interview transcript mark the interviewer's and the interviewee's turns;
   * they are never a speaker's name, so a line they open gets no label speaker.
   */
  static boolean interviewLabel(String label) {
    return label.equals("Q") || label.equals("A");
  }

  private static void accept(SentenceContext c, int colon, Phrase src, Rule rule) {
    accept(c, colon, c.clauses.contentEnd(colon + 1, c.s.end()), src, rule);
  }

  /** What follows the colon up to {@code end}, said by src. */
  private static void accept(SentenceContext c, int colon, int end, Phrase src, Rule rule) {
    Cue cue = new Cue(Cue.Type.COLON, colon, colon, colon + 1, null, null);
    c.accept(colon + 1, end, cue, src, null, null, -1, -1, rule, rule.confidence());
  }

  private static boolean cueBefore(SentenceContext c, int colon) {
    for (int k = 0; k < c.cues.size(); k++) {
      Cue cue = c.cues.get(k);
      if (cue.head() < colon) {
        return true;
      }
    }
    return false;
  }
}
