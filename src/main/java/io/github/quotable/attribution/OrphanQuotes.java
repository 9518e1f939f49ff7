package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.cues.CueFinder;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotations no cue in their sentence claims. Scare quotes and titles are left alone; the rest
 * are spoken by the paragraph's last speaker, by the speaker a previous paragraph introduced
 * ("X said:"), or by the last speaker before them; failing all, by nobody in view.
 */
final class OrphanQuotes {
  private static final int MAX_TITLE_WORDS = 8;
  private final Document doc;
  private final Tokens t;
  private final NounPhrases np;
  private final CueFinder cues;
  private final AdjacentSubject adjacent;

  OrphanQuotes(Document doc, NounPhrases np, CueFinder cues) {
    this.doc = doc;
    this.t = doc.tokens();
    this.np = np;
    this.cues = cues;
    this.adjacent = new AdjacentSubject(doc, np);
  }

  /** Adds an attribution for every quotation that is speech and not yet claimed. */
  void attribute(List<Attribution> found) {
    BitSet covered = new BitSet(t.size());
    for (Attribution a : found) {
      covered.set(a.first(), a.end());
    }
    List<Attribution> out = new ArrayList<>(found.size() + 16);
    Map<QuotedSpan, Attribution> closers = closers(found);
    int next = 0;
    for (QuotedSpan q : doc.spans()) {
      if (!q.isTopLevel() || q.tokens() == 0) {
        continue;
      }
      int from = q.outerFirst();
      int to = q.outerEnd();
      int hit = covered.nextSetBit(from);
      if (hit >= 0 && hit < to || isScareOrTitle(q)) {
        continue;
      }
      while (next < found.size() && found.get(next).end() <= from) {
        out.add(found.get(next++));
      }
      Attribution closer = closers.get(q);
      Attribution a = closer != null ? shared(q, closer, Rule.CONTINUED)
          : speakerFor(q, out);
      if (a != null) {
        out.add(a);
        covered.set(from, to);
      }
    }
    while (next < found.size()) {
      out.add(found.get(next++));
    }
    found.clear();
    found.addAll(out);
  }

  /**
   * A quotation left open at its paragraph's end and reopened in the next (news convention)
   * is spoken by whoever speaks where it finally closes: "“A.¶“B,” said X." gives A to X. Maps
   * each such span to the attribution (with a source) of the span that closes its chain; one
   * pass backwards over the spans and one forwards over the attributions, which are in text
   * order.
   */
  private Map<QuotedSpan, Attribution> closers(List<Attribution> found) {
    List<QuotedSpan> top = new ArrayList<>();
    boolean continued = false;
    for (QuotedSpan q : doc.spans()) {
      if (q.isTopLevel()) {
        top.add(q);
        continued |= q.continues;
      }
    }
    if (!continued) {
      return Map.of();
    }
    int[] chainEnd = new int[top.size()];
    for (int i = top.size() - 1; i >= 0; i--) {
      chainEnd[i] = top.get(i).continues && i + 1 < top.size() ? chainEnd[i + 1] : i;
    }
    Attribution[] closing = new Attribution[top.size()];
    int p = 0; // found is in text order (see Attributor)
    for (int j = 0; j < top.size(); j++) {
      QuotedSpan q = top.get(j);
      while (p < found.size() && found.get(p).first() < q.outerFirst()) {
        p++;
      }
      for (int k = p; k < found.size() && found.get(k).first() < q.outerEnd(); k++) {
        if (found.get(k).effectiveSource() != null) {
          closing[j] = found.get(k);
          break;
        }
      }
    }
    Map<QuotedSpan, Attribution> out = new IdentityHashMap<>();
    for (int i = 0; i < top.size(); i++) {
      if (chainEnd[i] != i && closing[chainEnd[i]] != null) {
        out.put(top.get(i), closing[chainEnd[i]]);
      }
    }
    return out;
  }

  /** A transcript line quoted whole: "“WALLACE: Let’s start with …”" is Wallace's. */
  private Attribution transcriptLine(QuotedSpan q) {
    int colon = q.first + 1;
    while (colon < q.end && colon - q.first <= 3 && t.has(colon - 1, Shape.UPPER)
        && t.type(colon - 1) == TokenType.WORD) {
      if (t.isChar(colon, ':')) {
        if (colon + 1 >= q.end
            || colon == q.first + 1 && ColonSieve.interviewLabel(t.string(q.first))) {
          return null;
        }
        Phrase label = new Phrase(q.first, colon, q.first, colon, Phrase.Kind.NAME, -1, -1);
        Cue cue = new Cue(Cue.Type.COLON, colon, colon, colon + 1, null, null);
        return new Attribution(colon + 1, q.outerEnd(), cue, label, null, null, -1, -1,
            Rule.COLON, io.github.quotable.QuoteKind.SPEECH, Rule.COLON.confidence());
      }
      colon++;
    }
    return null;
  }

  private Attribution speakerFor(QuotedSpan q, List<Attribution> before) {
    Attribution prev = before.isEmpty() ? null : lastWithSource(before, before.size());
    Attribution line = transcriptLine(q);
    if (line != null) {
      return line;
    }
    Attribution beat = actionTag(q);
    if (beat != null) {
      return beat;
    }
    int from = q.outerFirst();
    int para = t.paragraph(from);
    Attribution introduced = introducedByPreviousParagraph(q);
    if (introduced != null) {
      return introduced;
    }
    boolean sameParagraph = prev != null && t.paragraph(prev.first()) == para;
    Attribution own = sentenceSubject(q, sameParagraph, prev);
    if (own != null) {
      return own;
    }
    Attribution so = adjacent.soSays(q);
    if (so != null) {
      return so;
    }
    Attribution pointed = adjacent.pointedBack(q);
    if (pointed != null) {
      return pointed;
    }
    Phrase subject = adjacent.before(q);
    if (subject != null && (!sameParagraph || subject.kind() != Phrase.Kind.PRONOUN
        && earlierSentence(prev, subject.first()))) {
      return adjacent(q, subject);
    }
    if (sameParagraph) {
      return continuing(q, prev);
    }
    Attribution speaker = prev == null ? null : lastSpeaker(before);
    if (speaker != null && para - t.paragraph(speaker.first()) <= 2) {
      return shared(q, speaker, Rule.PREVIOUS_SPEAKER);
    }
    Phrase named = adjacent.after(q);
    if (named != null) {
      return adjacent(q, named);
    }
    Phrase topic = speaker == null ? adjacent.paragraphBefore(q) : null;
    if (topic != null) {
      return adjacent(q, topic); // the person a feature has just introduced speaks first
    }
    return new Attribution(from, q.outerEnd(), null, null, null, null, -1, -1,
        Rule.UNATTRIBUTED, io.github.quotable.QuoteKind.SPEECH, Rule.UNATTRIBUTED.confidence());
  }

  /**
   * "“I think,” she paused, “that we should wait.”": a quotation ending in a comma, "?", "!", a
   * dash or an ellipsis inside its marks, then (in the same paragraph, even when "?" or "!"
   * ended the sentence) a pronoun or name and one past-tense verb, then another quotation, the
   * sentence end or more of the tag ("“Why?” Ben Salas pressed.", "… Okafor snapped and a clerk
   * called the vote", "“If we —” he began"). The verb is no cue, but the news convention makes
   * its subject the speaker.
   */
  private Attribution actionTag(QuotedSpan q) {
    int i = q.outerEnd();
    if (q.close < 0 || q.end <= q.first || i >= t.size()
        || t.paragraph(i) != t.paragraph(q.outerEnd() - 1)
        || !(Words.comma(t, q.end - 1) || t.isChar(q.end - 1, '?') || t.isChar(q.end - 1, '!')
            || t.type(q.end - 1) == TokenType.DASH || t.type(q.end - 1) == TokenType.ELLIPSIS)) {
      return null; // a dash or an ellipsis: speech cut off or trailing ("“If we —” he began")
    }
    int sentenceEnd = Math.max(doc.sentenceOf(q.outerFirst()).end(), doc.sentenceOf(i).end());
    Phrase src = np.after(i, sentenceEnd);
    if (src == null || src.kind() != Phrase.Kind.NAME && !(src.kind() == Phrase.Kind.PRONOUN
        && (t.is(src.first(), "he") || t.is(src.first(), "she")))) {
      return null;
    }
    int v = src.end();
    if (v + 1 >= t.size() || !(Words.edWord(t, v) || IRREGULAR_BEATS.hasLower(t, v))
        || t.depth(v) > 0) {
      return null;
    }
    QuotedSpan next = v + 2 < t.size() ? doc.topSpanAt(v + 2) : null;
    boolean goesOn = Words.comma(t, v + 1) && next != null && next.outerFirst() == v + 2;
    if (!goesOn && !Words.terminal(t, v + 1) && !tagGoesOn(v + 1)) {
      return null;
    }
    return new Attribution(q.outerFirst(), q.outerEnd(), null, src, null, null, -1, -1,
        Rule.ACTION_TAG, io.github.quotable.QuoteKind.SPEECH, Rule.ACTION_TAG.confidence());
  }

  /** Past forms without "-ed" that tag speech they start or break off: "“If we —” he began". */
  private static final WordSet IRREGULAR_BEATS = WordSet.of("began", "broke");

  /**
   * Whether the words after a tag's verb go on with the tag rather than the quotation's
   * sentence: "… barked and a guard led him out", "… shot back with a laugh", "… pressed, as …",
   * "… trailed off".
   */
  boolean tagGoesOn(int i) {
    return i < t.size() && t.depth(i) == 0 && (Words.comma(t, i) || t.is(i, "and")
        || t.is(i, "back") || t.is(i, "off") || t.is(i, "as")
        || t.is(i, WordClass.PREP) && !t.is(i, "that"));
  }

  /**
   * "The ad targets a “corrupt system …”", "Moore thanked him for “stepping up …”": a
   * quotation after its own sentence's subject and finite verb, with no cue, is the subject's
   * rather than an earlier speaker's.
   */
  private Attribution sentenceSubject(QuotedSpan q, boolean sameParagraph, Attribution prev) {
    int from = q.outerFirst();
    Sentence s = doc.sentenceOf(from);
    if (from <= s.first() || prev != null && prev.first() >= s.first()) {
      return null; // a speaker in the same sentence ("according to X, …") still speaks
    }
    Phrase subject = CueBeforeSieve.subject(t, np, s, from);
    if (subject == null || !CueBeforeSieve.finiteVerbAt(t, subject.end(), from)
        || subject.kind() == Phrase.Kind.PRONOUN
            && IMPERSONAL.hasLower(t, subject.headFirst())) {
      return null;
    }
    if (sameParagraph && !speakerLike(subject)) {
      return null; // "Audiences can expect “…”": the paragraph's speaker is likelier
    }
    return new Attribution(from, q.outerEnd(), null, subject, null, null, -1, -1,
        Rule.SENTENCE_SUBJECT, io.github.quotable.QuoteKind.SPEECH,
        Rule.SENTENCE_SUBJECT.confidence());
  }

  private static final WordSet IMPERSONAL = WordSet.of("it", "there",
      "you", "this", "that");

  /** A name, a personal pronoun, or a noun for a role, a group, an organisation or a work. */
  private boolean speakerLike(Phrase p) {
    if (p.kind() == Phrase.Kind.NAME || p.kind() == Phrase.Kind.PRONOUN) {
      return true;
    }
    int head = p.headEnd() - 1;
    return Words.role(t, head) || t.is(head, WordClass.WORK) || t.is(head, WordClass.ORG);
  }

  /** Whether the attribution, its source included, lies in a sentence before token i's. */
  private boolean earlierSentence(Attribution a, int i) {
    int last = a.end() - 1;
    Phrase src = a.effectiveSource();
    if (src != null) {
      last = Math.max(last, src.end() - 1);
    }
    return t.sentence(last) < t.sentence(i);
  }

  private static Attribution adjacent(QuotedSpan q, Phrase speaker) {
    return new Attribution(q.outerFirst(), q.outerEnd(), null, speaker, null, null, -1, -1,
        Rule.ADJACENT_SUBJECT, io.github.quotable.QuoteKind.SPEECH,
        Rule.ADJACENT_SUBJECT.confidence());
  }

  /** A quotation sharing prev's source: someone's words, so speech after a thought too. */
  private static Attribution shared(QuotedSpan q, Attribution prev, Rule rule) {
    io.github.quotable.QuoteKind kind = prev.kind() == io.github.quotable.QuoteKind.THOUGHT
        ? io.github.quotable.QuoteKind.SPEECH : prev.kind();
    return new Attribution(q.outerFirst(), q.outerEnd(), null, null, prev, null, -1, -1, rule,
        kind, Math.min(rule.confidence(), prev.confidence()));
  }

  /**
   * A quotation that goes on with its paragraph's speaker: "“A,” she said. “B.”" is one report,
   * so B keeps the cue that introduced the speaker, as a quotation split by its tag does. A
   * thought's cue ("she believes") is not lent to words she is quoted saying.
   */
  private static Attribution continuing(QuotedSpan q, Attribution prev) {
    Attribution a = shared(q, prev, Rule.PARAGRAPH_SPEAKER);
    if (prev.cue() == null || prev.kind() != io.github.quotable.QuoteKind.SPEECH) {
      return a;
    }
    return new Attribution(a.first(), a.end(), prev.cue(), null, prev, null, -1, -1,
        a.rule(), a.kind(), a.confidence());
  }

  /** "X said:" ending the paragraph before a paragraph that opens with this quotation. */
  private Attribution introducedByPreviousParagraph(QuotedSpan q) {
    int from = q.outerFirst();
    if (from == 0 || t.paragraph(from - 1) == t.paragraph(from) || !t.isChar(from - 1, ':')) {
      return null;
    }
    Sentence s = doc.sentenceOf(from - 1);
    for (Cue cue : cues.verbs(s)) {
      if (cue.end() + 6 < from - 1) {
        continue;
      }
      int vg = cue.first();
      while (vg - 1 >= s.first() && Words.verbGroup(t, vg - 1)) {
        vg--;
      }
      Phrase src = np.before(vg, s.first());
      if (src != null) {
        return new Attribution(from, q.outerEnd(), cue, src, null, null, -1, -1,
            Rule.INTRODUCED_BEFORE, cue.kind(), Rule.INTRODUCED_BEFORE.confidence());
      }
    }
    Phrase subject = introducingSubject(s, from - 1);
    return subject == null ? null : new Attribution(from, q.outerEnd(), null, subject, null,
        null, -1, -1, Rule.INTRODUCED_BEFORE, io.github.quotable.QuoteKind.SPEECH,
        Rule.INTRODUCED_BEFORE.confidence());
  }

  /**
   * The subject of a sentence that introduces the next paragraph's quotation with a colon but
   * no cue verb near it, when the subject can speak: "The mayor issued the following
   * statement:", "She went on to say:"; not "Wait, it gets better:".
   */
  Phrase introducingSubject(Sentence s, int colon) {
    Phrase subject = CueBeforeSieve.subject(t, np, s, colon);
    if (subject == null || subject.first() != s.first() && !Words.comma(t, subject.first() - 1)
        || !CueBeforeSieve.finiteVerbAt(t, subject.end(), colon)
        || subject.kind() == Phrase.Kind.PRONOUN
            && IMPERSONAL.hasLower(t, subject.headFirst())
        || !speakerLike(subject)) {
      return null;
    }
    return subject;
  }

  /**
   * Across a paragraph break, the last speech whose source can speak: not a day, a document
   * ("the report"), "it" or a relative pronoun, nor the source of a report nested inside
   * another's content ("said that critics who claim X are wrong").
   */
  private Attribution lastSpeaker(List<Attribution> found) {
    for (int k = found.size() - 1; k >= 0 && found.size() - k < 20; k--) {
      Attribution a = found.get(k);
      Phrase p = a.effectiveSource();
      if (p != null && a.kind() == io.github.quotable.QuoteKind.SPEECH && canSpeak(p)
          && !insideAnother(found, k, p.first())) {
        return a;
      }
    }
    return null;
  }

  private static boolean insideAnother(List<Attribution> found, int k, int token) {
    for (int j = k - 1; j >= 0 && k - j <= 8; j--) {
      if (found.get(j).first() <= token && token < found.get(j).end()) {
        return true;
      }
    }
    return false;
  }

  private boolean canSpeak(Phrase p) {
    return switch (p.kind()) {
      case NAME -> !t.is(p.headFirst(), WordClass.TIME);
      case PRONOUN -> !t.is(p.headFirst(), "it");
      case NOMINAL -> !t.is(p.headEnd() - 1, WordClass.TIME)
          && !t.is(p.headEnd() - 1, WordClass.WORK);
      case RELATIVE -> false;
    };
  }

  private static Attribution lastWithSource(List<Attribution> found, int before) {
    for (int k = before - 1; k >= 0 && before - k < 20; k--) {
      if (found.get(k).effectiveSource() != null) {
        return found.get(k);
      }
    }
    return null;
  }

  /**
   * Scare quotes and titles: a few words inside a longer sentence ("an “anti-terrorism”
   * meeting"), or a capitalised title ("appeared on “Meet the Press”").
   */
  private boolean isScareOrTitle(QuotedSpan q) {
    if (q.end - q.first >= 2 && t.isChar(q.first, '(') && (t.isChar(q.end - 1, ')')
        || q.end - q.first >= 3 && t.isChar(q.end - 2, ')'))) {
      return true; // a stage direction: “(CROSSTALK.)”, “(Applause.)”
    }
    if (np.quotedTitleEnd(q.outerFirst(), t.size()) > 0) {
      return true; // "on CNN's “State of the Union.”"
    }
    Sentence s = doc.sentenceOf(q.outerFirst());
    if (!hasWord(s.first(), Math.min(s.end(), q.outerFirst()))
        && !hasWord(Math.max(s.first(), q.outerEnd()), s.end())) {
      return false; // the sentence is all quotation
    }
    int words = 0;
    int capitalised = 0;
    boolean terminal = false;
    // past the longest title the quotation is neither a title nor a few words: counting stops
    for (int k = q.first; k < q.end && words <= MAX_TITLE_WORDS; k++) {
      if (t.type(k) == TokenType.WORD || t.type(k) == TokenType.NUMBER) {
        words++;
        capitalised += t.cap(k) || t.isAny(k, Words.FUNCTION) && !t.cap(k) ? 1 : 0;
      } else if (Words.terminal(t, k)) {
        terminal = true;
      }
    }
    if (words > MAX_TITLE_WORDS) {
      return false;
    }
    boolean leads = q.outerFirst() == s.first() || q.outerFirst() > s.first()
        && (t.isChar(q.outerFirst() - 1, ':') || t.type(q.outerFirst() - 1) == TokenType.DASH);
    TokenType last = q.end > q.first ? t.type(q.end - 1) : null;
    if (leads && last == TokenType.DASH) {
      return false; // speech that opens its sentence and breaks off: "“Well —” he began"
    }
    boolean title = capitalised == words && words <= MAX_TITLE_WORDS && !terminal
        && t.cap(q.first);
    if (title) {
      return true;
    }
    if (leads && (last == TokenType.PUNCT || last == TokenType.ELLIPSIS)) {
      return false;
    }
    return words < 6 && !terminal || words < 3;
  }

  /** Whether tokens [from, to) hold a word or a number. */
  private boolean hasWord(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.type(k) == TokenType.WORD || t.type(k) == TokenType.NUMBER) {
        return true;
      }
    }
    return false;
  }
}
