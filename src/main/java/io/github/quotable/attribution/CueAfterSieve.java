package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * A cue after its content, the commonest form in news: "“…,” Karimi said in a statement.",
 * "…, an Iraqi military spokesman said.", and inverted, "“…,” said Mark Dolan, deputy
 * commander." The content runs from the sentence start to the comma or closing mark before the
 * source; a quotation after the tag ("“A,” he said, “B.”") continues it.
 */
final class CueAfterSieve implements Sieve {

  @Override
  public void apply(SentenceContext c) {
    for (int k = 0; k < c.cues.size(); k++) {
      Cue cue = c.cues.get(k);
      int quoted = cue.form() == CueForm.GERUND ? quotedAs(c, cue.first()) : -1;
      if (c.isUsed(cue) || cue.form() == CueForm.GERUND && quoted < 0
          || !cue.verb().takes(Frame.QUOTE) && !cue.verb().takesClause()
          || cue.form() == CueForm.PAST && cue.end() < c.s.end() && c.t.is(cue.end(), "by")) {
        continue; // "…, a claim rejected by courts" is a participle, not a tag
      }
      int vg = quoted >= 0 ? quoted : c.verbGroupStart(cue);
      Phrase before = c.np.before(vg, c.s.first());
      if (before != null && before.kind() == Phrase.Kind.RELATIVE) {
        before = null;
      }
      if (!sourceThenCue(c, cue, before)) {
        cueThenSource(c, cue, vg, before);
      }
    }
  }

  /**
   * The start of the verb group of "quoted" in "X was quoted as saying", "X was quoted by the
   * agency as saying", whose "saying" is then the tag's cue; -1 if the gerund at i is not so
   * placed.
   */
  private static int quotedAs(SentenceContext c, int i) {
    if (i - 2 < c.s.first() || !c.t.is(i - 1, "as")) {
      return -1;
    }
    int q = i - 2;
    for (int k = i - 2; k > c.s.first() && i - k <= 8; k--) {
      if (c.t.is(k, "by") && c.t.is(k - 1, "quoted")) {
        q = k - 1; // "quoted by the state news agency as saying"
        break;
      }
      if (c.t.depth(k) > 0 || Words.comma(c.t, k) || Words.terminal(c.t, k)) {
        break;
      }
    }
    if (!c.t.is(q, "quoted")) {
      return -1;
    }
    int p = q;
    while (p - 1 >= c.s.first() && Words.verbGroup(c.t, p - 1) && c.t.depth(p - 1) == 0) {
      p--;
    }
    return p < q ? p : -1; // "was quoted", "has been quoted"
  }

  /** "…, X said." */
  private boolean sourceThenCue(SentenceContext c, Cue cue, Phrase src) {
    if (src == null) {
      return false;
    }
    src = withPlace(c, src, c.verbGroupStart(cue));
    int b = src.first() - 1;
    for (int k = b; k > c.s.first() && b - k < MAX_MODIFIERS && !isBoundary(c, k); k--) {
      if (c.t.type(k) != TokenType.WORD || !c.t.lower(k) || c.t.isAny(k, Words.FUNCTION)
          && !c.t.isAny(k, Words.OPENERS) || c.t.is(k, WordClass.CUE)) {
        break;
      }
      if (isBoundary(c, k - 1) && (quotationBefore(c, k - 1) || closesQuotation(c, k - 1))) {
        // "“…,” retired admiral Tom Hale said": lower-case modifiers belong to the source
        src = new Phrase(k, src.end(), src.headFirst(), src.headEnd(), src.kind(),
            src.apposFirst(), src.apposEnd());
        b = k - 1;
        break;
      }
    }
    return attribute(c, cue, src, b, cue.end(), Rule.CUE_AFTER);
  }

  private static final int MAX_MODIFIERS = 3;

  /**
   * The source widened over an "in"/"on" phrase to the speaking noun it locates: "“…,” a
   * voice-over in the ad states" is the voice-over's, "a message on the website reads" the
   * message's, when the cue follows at once; the source unchanged otherwise.
   */
  static Phrase withPlace(SentenceContext c, Phrase src, int verbGroup) {
    int prep = src.first() - 1;
    if (src.end() != verbGroup || !c.t.lower(verbGroup) || prep <= c.s.first()
        || !(c.t.is(prep, "in") || c.t.is(prep, "on"))) {
      return src;
    }
    Phrase outer = c.np.before(prep, c.s.first());
    if (outer == null || outer.end() != prep || outer.kind() != Phrase.Kind.NOMINAL
        || !c.t.isAny(outer.headEnd() - 1, SPEAKING) || outer.first() <= c.s.first()
        || !isBoundary(c, outer.first() - 1)) {
      return src;
    }
    return new Phrase(outer.first(), src.end(), outer.headFirst(), outer.headEnd(),
        outer.kind(), outer.apposFirst(), outer.apposEnd());
  }

  /** "…, said X.", unless the sentence opens with the cue's subject ("X, 45, told Y: …"). */
  private boolean cueThenSource(SentenceContext c, Cue cue, int vg, Phrase subject) {
    if (cue.form() == CueForm.BASE || ADDRESSEE_FIRST.contains(cue.verb().lemma())
        || subject != null && subject.first() == c.s.first()
        && (subject.end() == vg || subject.end() == vg - 1 && Words.comma(c.t, vg - 1))) {
      return false;
    }
    int b = vg - 1;
    Phrase src = c.np.after(cue.end(), c.s.end());
    if (src == null) {
      src = modifiedSource(c, cue.end());
    }
    if (src == null || src.kind() == Phrase.Kind.PRONOUN && !c.t.is(src.first(), "he")
        && !c.t.is(src.first(), "she") || !canSpeak(c, src)
        || c.t.is(src.first(), "that") && cue.verb().takesClause()) {
      return false; // "X, citing data, said that about 4 million people …" opens the content
    }
    if (src.end() + 1 < c.s.end() && c.t.is(src.end(), "that")
        && c.clauses.clauseStart(src.end() + 1)) {
      return false; // "X, who runs Y, told the Times that she …": an addressee, then the content
    }
    if (src.kind() != Phrase.Kind.PRONOUN && src.end() < c.s.end()
        && c.t.isAny(src.end(), Words.FINITE) && c.t.lower(src.end())) {
      return false; // "X, citing “…,” said the hospital could not cope": the phrase is a subject
    }
    return attribute(c, cue, src, b, src.end(), Rule.INVERTED_CUE_AFTER);
  }

  /**
   * Verbs whose object is always the addressee, never inverted with their subject: "“…,”
   * told AFP" does not occur, so the phrase after "told" is not a source.
   */
  private static final java.util.Set<String> ADDRESSEE_FIRST = java.util.Set.of("tell",
      "inform", "assure", "remind");

  /**
   * An inverted tag's source opened by a participle the lexicon does not know, after at most
   * a determiner or number: "said retired Gen. Wade Dorn", "said one unnamed Ohio official";
   * null when no such modifier opens a phrase there.
   */
  static Phrase modifiedSource(SentenceContext c, int i) {
    int k = i;
    if (k < c.s.end() && c.t.isAny(k, Words.OPENERS) && c.t.lower(k)) {
      k++;
    }
    if (k >= c.s.end() || c.t.word(k) != null || !Words.edWord(c.t, k)) {
      return null;
    }
    Phrase p = c.np.after(k + 1, c.s.end());
    if (p == null || p.kind() == Phrase.Kind.PRONOUN || p.kind() == Phrase.Kind.RELATIVE) {
      return null;
    }
    return new Phrase(i, p.end(), p.headFirst(), p.headEnd(), p.kind(), p.apposFirst(),
        p.apposEnd());
  }

  /**
   * Whether an inverted tag's phrase can be a source: a name, a pronoun, or a phrase with a
   * word for a person, group, organisation or document ("said a spokesman", "said the report");
   * not "…, wrote a host of new songs".
   */
  static boolean canSpeak(SentenceContext c, Phrase src) {
    if (src.kind() != Phrase.Kind.NOMINAL || src.end() < c.s.end()
        && (c.t.is(src.end(), "who") || c.t.is(src.end(), "whose"))) {
      return true; // "said the man who built …"
    }
    for (int k = src.first(); k < src.end(); k++) {
      if (c.t.isAny(k, SPEAKING) || c.np.nameToken(k) || Words.ageNoun(c.t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final long SPEAKING = WordClass.mask(WordClass.ROLE, WordClass.ROLE_PLURAL,
      WordClass.ORG, WordClass.WORK, WordClass.MEDIUM, WordClass.AGENCY, WordClass.DEMONYM,
      WordClass.QUANT, WordClass.PRONOUN);

  private boolean attribute(SentenceContext c, Cue cue, Phrase src, int boundary, int afterTag,
      Rule rule) {
    if (boundary <= c.s.first() || !isBoundary(c, boundary)) {
      return false;
    }
    if (!cue.verb().takesClause() && !quotationBefore(c, boundary)
        && !(closesQuotation(c, boundary) && punctuatedEnd(c, boundary))) {
      // "When I asked whether he would sell, he laughed": no quotation, no report; and
      // "“The Crown” began its run": a title, as no punctuation ends it as speech
      return false;
    }
    Clauses.Tail tail = new Clauses.Tail();
    tail.allowRelative = rule == Rule.INVERTED_CUE_AFTER;
    int k = c.clauses.tail(afterTag, c.s.end(), cue, tail);
    int tagEnd = tail.addressee != null ? tail.addressee.end() : afterTag; // "told them,"
    boolean inside = tagEnd + 1 < c.s.end() && Words.comma(c.t, tagEnd)
        && !quotationBefore(c, boundary) && boundary > c.s.first()
        && Words.comma(c.t, boundary);
    if (inside && (k < 0 || continues(c, tagEnd + 1))) {
      return parenthetical(c, cue, src, boundary, tagEnd);
    }
    if (k < 0 && quotationBefore(c, boundary) && !(!c.clauses.opensQuote(c.s.first())
        && cue.verb().takesBareClause() && c.clauses.reportedClause(tagEnd, c.s.end()))) {
      // but "Even as Lee claimed that “…,” an aide said the cases differ": the tag's verb
      // reports the clause after it, and the quotation belongs to the clause before
      k = c.clauses.looseTail(afterTag, c.s.end());
    }
    if (k < 0 && dashedTag(c, boundary, tagEnd)) {
      k = tagEnd;
    }
    if (k < 0) {
      return false;
    }
    if (k < c.s.end() && c.t.isChar(k, ':')) {
      // "Asked whether …, he said: “…”": the quotation after the colon is the content
      int from = k + 1;
      c.accept(from, c.clauses.contentEnd(from, c.s.end()), cue, src, null, tail.addressee,
          tail.mediumFirst, tail.mediumEnd, Rule.CUE_BEFORE, Rule.CUE_BEFORE.confidence());
      return true;
    }
    int end = c.t.type(boundary) == TokenType.QUOTE ? boundary + 1 : boundary;
    end = c.clauses.trimEnd(c.s.first(), end);
    int first = contentStart(c, end);
    if (k < c.s.end() && (first == c.s.first() && (participialOpener(c, first)
        || adverbialOpener(c, first, boundary, k))
        || k == tagEnd && sentenceQuotedAfter(c, boundary, k))) {
      return false; // "Asked about the bomb, Lee said, “…”": the quotation after is the content
    }
    if (first >= end || !c.clauses.clauseLike(first, end)
        || rule == Rule.INVERTED_CUE_AFTER && !c.clauses.hasVerb(first, end)
            && !closesQuotation(c, boundary)) {
      return false; // "Tom Hale, her opponent, bemoaned the unrest" has no content before
    }
    double confidence = rule.confidence();
    Attribution a = c.accept(first, end, cue, src, null, tail.addressee, tail.mediumFirst,
        tail.mediumEnd, rule, confidence);
    if (a != null && k < c.s.end()) {
      continuation(c, a, k);
    }
    return a != null;
  }

  /**
   * "“The problem” — she said — “is money.”": a tag set off by dashes between a quotation
   * and the next one opening right after it.
   */
  private static boolean dashedTag(SentenceContext c, int boundary, int tagEnd) {
    return c.t.type(boundary) == TokenType.DASH && closesQuotation(c, boundary)
        && tagEnd + 1 < c.s.end() && c.t.type(tagEnd) == TokenType.DASH
        && c.clauses.opensQuote(tagEnd + 1);
  }

  /** "Asked about …", "Speaking to reporters …": a participle opening the sentence. */
  private static boolean participialOpener(SentenceContext c, int i) {
    String w = c.t.string(i);
    return c.t.cap(i) && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
        && c.t.word(i) == null || c.t.is(i, WordClass.CUE) && c.t.cap(i)
        && (c.t.word(i).isForm(CueForm.PAST) || c.t.word(i).isForm(CueForm.GERUND))
        && i + 1 < c.s.end() && (c.t.is(i + 1, WordClass.PREP) || c.t.is(i + 1, "whether")
            || c.t.is(i + 1, "if") || c.t.is(i + 1, WordClass.REL));
  }

  /**
   * "After the meeting ended, Lee told reporters, “…”", "In the spring after the row broke, she
   * said, “…”": an unquoted adverbial opening the sentence, a preposition or subordinator
   * first, before a tag that a quotation follows, sets the scene for that quotation and is not
   * content itself. Not "“When they go low,” she said, “we go high.”", quoted before the tag.
   */
  private static boolean adverbialOpener(SentenceContext c, int first, int boundary, int k) {
    return (c.t.is(first, WordClass.PREP) || c.t.is(first, WordClass.SUB))
        && c.t.depth(first) == 0 && c.t.cap(first) && !closesQuotation(c, boundary)
        && !quotationBefore(c, boundary) && c.clauses.opensQuote(k + 1);
  }

  /**
   * "Less than an hour later, Hale wrote, “I was wrong.”": a quotation opening with a capital
   * after the tag's comma is a sentence of its own, the tag's content, and what comes before
   * the tag, unquoted, only sets the scene. A part that goes on with the words before the tag
   * opens in lower case ("The town was empty, he said, “but people stayed.”"), and a title
   * comes after an adjunct ("…, he wrote in his book, “A Long Road.”"), not right after the tag.
   */
  private static boolean sentenceQuotedAfter(SentenceContext c, int boundary, int k) {
    return Words.comma(c.t, k) && k + 2 < c.s.end() && c.clauses.opensQuote(k + 1)
        && c.t.cap(k + 2) && !closesQuotation(c, boundary) && !quotationBefore(c, boundary);
  }

  /** Content starts at the sentence start, or after an earlier attribution's tag in it. */
  private static int contentStart(SentenceContext c, int end) {
    Attribution before = c.lastBefore(end);
    int first = c.s.first();
    if (before != null && before.cue() != null) {
      first = Math.max(before.end(), Math.max(before.cue().end(),
          before.source() == null ? 0 : before.source().end()));
      while (first < end && (Words.comma(c.t, first) || c.t.is(first, "and")
          || c.t.is(first, "but") || Words.terminal(c.t, first))) {
        first++;
      }
    }
    return first;
  }

  /** "And if Lind is the nominee, he said, he would consider …": the tag inside its content. */
  private static boolean parenthetical(SentenceContext c, Cue cue, Phrase src, int boundary,
      int comma) {
    int end = c.clauses.contentEnd(comma + 1, c.s.end());
    boolean clause = c.clauses.clauseStart(comma + 1) && c.clauses.clauseLike(comma + 1, end);
    // "Many of the closures, he said, have …"
    boolean predicate = c.clauses.hasVerb(comma, Math.min(end, comma + 4))
        && (!c.clauses.hasFiniteVerb(c.s.first(), src.first())
            || FREE_RELATIVES.has(c.t, c.s.first()) || finiteVerbAt(c, comma + 1, end)
                && !c.clauses.hasFiniteVerb(c.s.first(), subordinator(c, src.first()))
                && !c.t.is(boundary - 1, WordClass.REL)); // not "…, which, he said, is …"
    // "In three years, he says, far too many …"
    boolean afterAdjunct = (c.t.is(c.s.first(), WordClass.PREP)
        || c.t.is(c.s.first(), WordClass.SUB)) && c.clauses.hasVerb(comma, end)
        && !c.clauses.hasFiniteVerb(c.s.first(), boundary);
    boolean rest = continues(c, comma + 1) && c.clauses.hasFiniteVerb(c.s.first(), boundary);
    if (end <= comma + 1 || !clause && !predicate && !rest && !afterAdjunct) {
      return false;
    }
    return c.acceptSpanning(c.s.first(), end, cue, src, Rule.PARENTHETICAL_TAG) != null;
  }

  /**
   * A finite verb right after the tag, adverbs aside ("Those who can vote, he said, must still
   * register"): the words before the tag are the subject, whatever verbs they hold.
   */
  private static boolean finiteVerbAt(SentenceContext c, int i, int end) {
    while (i < end && Words.verbGroup(c.t, i) && !c.t.isAny(i, Words.AUXILIARIES)) {
      i++;
    }
    return i < end && c.t.depth(i) == 0 && c.t.lower(i) && c.t.isAny(i, Words.FINITE);
  }

  /**
   * The first relative pronoun, subordinator or subject pronoun after the sentence's first word
   * and before {@code to}, where a clause inside the subject begins ("Those who …", "the years
   * that …", "the problem they …"); {@code to} if none.
   */
  private static int subordinator(SentenceContext c, int to) {
    for (int k = c.s.first() + 1; k < to; k++) {
      if (c.t.depth(k) == 0 && c.t.lower(k) && (c.t.is(k, WordClass.REL)
          || c.t.is(k, WordClass.SUB) || c.t.is(k, WordClass.SUBJ))) {
        return k;
      }
    }
    return to;
  }

  /** Words opening a clause that is the subject: "Whatever progress he has made, …, could …". */
  private static final WordSet FREE_RELATIVES = WordSet.of("What",
      "Whatever", "Whoever", "Whichever", "Whether", "How");

  /**
   * Whether the sentence goes on after the tag with more of the same clause: a conjunction, a
   * subordinate or relative clause, an infinitive or a phrase that is not the tag's own time or
   * medium ("…, Ortiz said, by the new budget", "…, he said, because …").
   */
  private static boolean continues(SentenceContext c, int i) {
    int end = c.s.end();
    if (c.t.depth(i) > 0 || Words.terminal(c.t, i)) {
      return false;
    }
    if (c.t.is(i, "and") || c.t.is(i, "but") || c.t.is(i, "so") || c.t.is(i, "to")
        || c.t.is(i, WordClass.SUB) && !c.t.is(i, "as")
        || c.t.is(i, WordClass.REL) && !c.t.is(i, "who")) {
      return i + 1 < end && !Words.terminal(c.t, i + 1);
    }
    return c.t.is(i, WordClass.PREP)
        && !c.clauses.temporal(i, c.clauses.prepositionalPhraseEnd(i, end))
        && !c.clauses.participle(i + 1);
  }

  /**
   * Whether the content before the boundary is a closed quotation ending in a comma, "?" or
   * "!" inside its marks: the classic "“…,” X said" whose tag may carry anything after it.
   */
  private static boolean quotationBefore(SentenceContext c, int b) {
    int q = c.t.type(b) == TokenType.QUOTE ? b : b - 1;
    QuotedSpan span = q >= c.s.first() ? c.doc.topSpanAt(q) : null;
    return span != null && span.close == q && span.end > span.first
        && (Words.comma(c.t, span.end - 1) || c.t.isChar(span.end - 1, '?')
            || c.t.isChar(span.end - 1, '!'));
  }

  /**
   * Whether the quotation closing at the boundary (or right before it) ends with punctuation,
   * as speech before its tag does ("“We are done.” he continued", "“Wait —” she
   * continued"), and a title rarely ("“The Crown” continued its run").
   */
  private static boolean punctuatedEnd(SentenceContext c, int b) {
    int close = c.t.type(b) == TokenType.QUOTE ? b : b - 1;
    if (close <= c.s.first()) {
      return false;
    }
    TokenType last = c.t.type(close - 1); // or a nested quotation's mark: "… ‘the decade’”"
    return last == TokenType.PUNCT || last == TokenType.DASH || last == TokenType.ELLIPSIS
        || last == TokenType.QUOTE;
  }

  /** Whether a quotation closes at the boundary or right before it. */
  private static boolean closesQuotation(SentenceContext c, int b) {
    QuotedSpan at = c.doc.topSpanAt(b);
    QuotedSpan before = c.doc.topSpanAt(b - 1);
    return at != null && at.close == b || before != null && before.close == b - 1;
  }

  /** A comma, a dash, or the closing mark of a quotation before the source. */
  private static boolean isBoundary(SentenceContext c, int b) {
    if (c.t.depth(b) > 0) {
      return false;
    }
    if (Words.comma(c.t, b) || c.t.type(b) == TokenType.DASH) {
      return true;
    }
    QuotedSpan q = c.doc.topSpanAt(b);
    return q != null && q.close == b;
  }

  /** "“A,” he said, “B.”": the quotation after the tag, same source and cue. */
  private static void continuation(SentenceContext c, Attribution a, int k) {
    int from = k + 1;
    if (!c.clauses.opensQuote(from)) {
      return;
    }
    int to = c.clauses.contentEnd(from, c.s.end());
    c.accept(from, to, a.cue(), null, a, a.addressee(), -1, -1, Rule.CONTINUED,
        a.confidence());
  }
}
