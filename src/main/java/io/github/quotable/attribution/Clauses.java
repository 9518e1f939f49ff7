package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;

/**
 * Reads the clause structure around cues: where content can start, where it stops, which
 * words after a cue are mere adjuncts ("on Sunday", "in a statement"), and whether a stretch
 * reads as a clause at all.
 */
final class Clauses {
  private static final int PP_MAX = 9;
  /** Verb-group words and verbs: auxiliaries, modals, "be", "not", cues, irregular pasts. */
  private static final long VERB_WORDS = Words.FINITE | WordClass.mask(WordClass.NEG,
      WordClass.CUE);
  private final Document doc;
  private final Tokens t;
  private final NounPhrases np;

  private java.util.Set<String> namesAfterAName;

  Clauses(Document doc, NounPhrases np) {
    this.doc = doc;
    this.t = doc.tokens();
    this.np = np;
  }

  /**
   * The end of a list of quotations starting at {@code from}: "“false” or “pants on fire,”",
   * "a “nasty guy,” an “anchor baby,” “unstable” and “sick.”" Quotations joined by commas,
   * "and", "or" and articles belong together.
   */
  int quotationListEnd(int from, int end) {
    QuotedSpan q = doc.topSpanAt(from);
    int last = q.outerEnd();
    int k = last;
    while (k < end) {
      int j = k;
      while (j < end && t.depth(j) == 0 && (Words.comma(t, j) || t.is(j, "and")
          || t.is(j, "or") || t.is(j, WordClass.DET) && !t.is(j, "that")) && j - k < 4) {
        j++;
      }
      if (j >= end || !opensQuote(j)) {
        break;
      }
      last = doc.topSpanAt(j).outerEnd();
      k = last;
    }
    return last;
  }

  /**
   * Where a content that ends with a quotation list ending at {@code listEnd} stops: there, or
   * after the phrase that completes what the quotation calls its object ("called the deal “a
   * step forward” for the region", "“much better” than the old law"). A phrase of time, place or
   * medium ("“a disgrace” on Monday", "at a rally") is the writer's, as after any quotation.
   */
  int completedListEnd(int listEnd, int end) {
    if (listEnd >= end || t.depth(listEnd) > 0 || !t.is(listEnd, WordClass.PREP)
        || !t.lower(listEnd) || Words.comma(t, listEnd - 2) || endsObject(listEnd, end)
        || listEnd + 2 < end && t.is(listEnd + 1, WordClass.DET)
            && t.is(listEnd + 2, WordClass.TIME)) {
      return listEnd; // but "“a fraud,” From said", "“a fraud” over the weekend"
    }
    int stop = objectStop(listEnd, contentEnd(listEnd, end));
    for (int k = listEnd + 1; k < stop; k++) {
      if (t.depth(k) == 0 && opensQuote(k)) {
        // another quotation is another epithet or report: "“a claim” over her emails “absurd”"
        stop = trimEnd(listEnd, k);
        if (stop > listEnd && t.isAny(stop - 1, Words.FUNCTION)) {
          return listEnd; // but "“kind,” with a “big heart”": no phrase without its quotation
        }
        break;
      }
    }
    return stop > listEnd + 1 ? stop : listEnd;
  }

  /**
   * The words of the document that follow another capitalised word that is no article, in
   * lower case: the surnames of full names ("lind" for "Ada Lind"). Computed once.
   */
  java.util.Set<String> namesAfterAName() {
    if (namesAfterAName == null) {
      namesAfterAName = new java.util.HashSet<>();
      for (int i = 1; i < t.size(); i++) {
        if (t.cap(i) && t.cap(i - 1) && !t.is(i - 1, WordClass.DET)
            && t.has(i, Shape.GLUED) == false) {
          namesAfterAName.add(t.string(i).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return namesAfterAName;
  }

  /** Whether [from, to) holds a time word or a medium ("on Monday", "in a statement"). */
  boolean temporal(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.TIME) || t.is(k, WordClass.MEDIUM) || t.type(k) == TokenType.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** Whether token i can begin a reported clause: "he", "the", "Iraq", "there", a quotation. */
  boolean clauseStart(int i) {
    if (i >= t.size()) {
      return false;
    }
    if (opensQuote(i)) {
      return true;
    }
    return t.is(i, WordClass.SUBJ) || t.isAny(i, Words.OPENERS) && !t.is(i, "that")
        || np.nameToken(i) || t.is(i, "there") || t.type(i) == TokenType.NUMBER
        || Words.role(t, i) && t.is(i, WordClass.ROLE_PLURAL) || bareNounSubject(i)
        || gerundSubject(i) || approximateNumber(i);
  }

  /** "at least 40", "more than 300", "nearly 2,000": a number subject with its hedge. */
  private boolean approximateNumber(int i) {
    if (i + 2 < t.size() && t.type(i + 2) == TokenType.NUMBER && (t.is(i, "at")
        && t.is(i + 1, "least") || (t.is(i, "more") || t.is(i, "fewer") || t.is(i, "less"))
        && t.is(i + 1, "than") || t.is(i, "up") && t.is(i + 1, "to"))) {
      return true;
    }
    return i + 1 < t.size() && t.type(i + 1) == TokenType.NUMBER && t.lower(i)
        && HEDGES.has(t, i);
  }

  private static final WordSet HEDGES = WordSet.of("about", "nearly",
      "almost", "roughly", "around", "only", "just", "some", "over", "approximately");

  /** "said seeing so many officers there was a welcome sight": a gerund, then a finite verb. */
  private boolean gerundSubject(int i) {
    if (!ingWord(i) || t.is(i, WordClass.CUE)
        && t.word(i).verb().kind() == io.github.quotable.QuoteKind.SPEECH) {
      return false; // but "said seeing the lights back on was a relief"
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 10) && t.depth(k) == 0; k++) {
      if (t.isAny(k, Words.AUXILIARIES)) {
        return k > i + 1 || t.lower(i); // "said funding is needed", "said bullying doesn't …"
      }
      if (Words.comma(t, k) || Words.terminal(t, k) || t.is(k, WordClass.SUB)
          || t.is(k, WordClass.REL)) {
        return false;
      }
    }
    return false;
  }

  /** "said taxes would not rise", "said prices rose": a bare noun and a verb soon after. */
  private boolean bareNounSubject(int i) {
    if (!Words.nounish(t, i) || !t.lower(i)) {
      return false;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 4) && t.depth(k) == 0; k++) {
      if (t.isAny(k, Words.AUXILIARIES)) {
        return true;
      }
      if (!Words.nounish(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a top-level quotation opens at token i. */
  boolean opensQuote(int i) {
    QuotedSpan q = doc.topSpanAt(i);
    return q != null && q.outerFirst() == i;
  }

  /**
   * Skips adjuncts after a cue: adverbs, time words and prepositional phrases ("earlier in
   * April", "on Sunday night at a rally in Ohio", "in a statement"). Returns the token after
   * them; stores the first phrase headed by a medium noun in {@code medium} ({first, end}).
   */
  int skipAdjuncts(int i, int end, int[] medium) {
    while (i < end && t.depth(i) == 0) {
      if (approximateNumber(i)) {
        return i; // "said at least 40 people died" opens the clause
      } else if (i + 1 < end && (t.is(i, "this") || t.is(i, "that") || t.is(i, "next"))
          && t.is(i + 1, WordClass.TIME)) {
        i += 2; // "told them this weekend he would …"
      } else if (t.is(i, WordClass.TIME) && !(i + 1 < end
          && t.type(i + 1) == TokenType.POSSESSIVE) // "said Thursday's speeches had …"
          || Words.verbGroup(t, i) && !t.is(i, WordClass.NEG)
          && !t.is(i, WordClass.AUX) && !t.is(i, WordClass.MODAL)) {
        i++;
      } else if (t.is(i, WordClass.PREP) && !t.is(i, "that") && !t.is(i, "like")
          && !t.is(i, "as") && !t.is(i, "to") || t.is(i, "to") && medium != null && i + 1 < end
          && (t.is(i + 1, "reporters") || t.is(i + 1, WordClass.OBJ))) {
        int k = prepositionalPhraseEnd(i, end);
        if (k == i + 1) {
          return i;
        }
        if (medium != null && medium[0] < 0 && headsMedium(i, k)) {
          medium[0] = i;
          medium[1] = k;
        }
        i = k;
      } else {
        return i;
      }
    }
    return i;
  }

  int prepositionalPhraseEnd(int prep, int end) {
    int k = prep + 1;
    if (k < end && t.isAny(k, Words.OPENERS) && !t.is(k, "that")) {
      k++;
    }
    while (k < end && k - prep < PP_MAX && t.depth(k) == 0
        && (Words.phraseWord(t, k) || np.nameToken(k) || np.quotedTitleInPhraseEnd(k, end) > 0
            || t.type(k) == TokenType.POSSESSIVE || t.is(k, WordClass.TIME)
            || t.is(k, WordClass.PREP) && !t.is(k, "that") && !t.is(k, "as")
                && !t.is(k, "like") && k + 1 < end && !t.is(k + 1, WordClass.SUBJ)
                && !(k > prep + 1 && infinitiveTo(k)))) { // "vowed on Sunday to end …"
      if (t.is(k, WordClass.PREP) && k + 1 < end && t.isAny(k + 1, Words.OPENERS)) {
        k += 2;
        continue;
      }
      int title = np.quotedTitleInPhraseEnd(k, end);
      k = title > 0 ? title : k + 1; // "on CNN's “State of the Union”"
    }
    return k;
  }

  private boolean headsMedium(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.MEDIUM)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where content starting at {@code from} stops: before a participle cue (", adding"),
   * ", according to", a coordinated cue ("and said"), a semicolon, or the sentence end;
   * trailing punctuation outside quotations excluded.
   */
  int contentEnd(int from, int end) {
    QuotedSpan lead = doc.topSpanAt(from);
    int leadPhrase = -1;
    if (lead != null && lead.outerFirst() == from && lead.closed() && lead.outerEnd() < end) {
      if (endsObject(lead.outerEnd(), end)) {
        return lead.outerEnd();
      }
      // "said “we need more time” for the audit": the phrase completes the quoted clause
      leadPhrase = t.is(lead.outerEnd(), WordClass.PREP) ? lead.outerEnd() : -1;
    }
    int k = from;
    for (; k < end; k++) {
      if (t.depth(k) > 0) {
        continue;
      }
      // content stops only at a quotation mark, a comma, a dash, "and", "but" or ";": each
      // token is read as one of them once, and other words pass at once
      boolean quote = t.type(k) == TokenType.QUOTE;
      boolean comma = !quote && Words.comma(t, k);
      boolean dash = !quote && !comma && t.type(k) == TokenType.DASH;
      boolean and = !quote && !comma && !dash && t.is(k, "and");
      boolean but = !quote && !comma && !dash && !and && t.is(k, "but");
      if (!(quote || comma || dash || and || but)) {
        if (t.isChar(k, ';')) {
          break;
        }
        continue;
      }
      if (quote && k > from && Words.comma(t, k - 1) && k + 1 < end
          && (ingWord(k + 1) || newReportingClause(k + 1, end) || k + 2 < end
              && (t.is(k + 1, "but") || t.is(k + 1, "and")) && authorsSubject(k + 2, end))) {
        // "…,” referring to …" and "…,” but he said …": the author's clause after the quotation
        k++;
        break;
      }
      if (comma && k + 1 < end && (participle(k + 1)
          || t.is(k + 1, "according") && k + 2 < end && t.is(k + 2, "to")
          || k > from && t.type(k - 1) == TokenType.QUOTE && ingWord(k + 1))) {
        break;
      }
      if ((and || but) && k > from && coordinatedCue(k + 1, end)
          && (coordinatedClauseCue(k + 1) || !hasVerb(from, k) || copularClause(from, k))) {
        break; // "announced new prices and said …"; not "said Karimi met X and praised Y"
      }
      if (k > from && (comma || dash) && newReportingClause(k + 1, end)
          || k > from && and && hasFiniteVerb(from, k) && newReportingClause(k, end)) {
        break; // "…, Hale boasted, …", "… mishandled it and Democrats accused …"
      }
      if (k > from && comma && k + 2 < end && (t.is(k + 1, "but")
          || t.is(k + 1, "and")) && authorsSubject(k + 2, end)) {
        break; // "said A, but he sounded a nostalgic note": the author's clause
      }
      if (k > from && comma && k + 2 < end && (finiteCue(k + 1)
          && !t.is(k + 2, "to") && !t.is(k + 2, "by") && !Words.terminal(t, k + 2)
          || t.is(k + 1, "however") && !Words.comma(t, k + 2))) {
        break; // "X, who said A, said B"; "…, however this time …"
      }
      if (k > from + 2 && (comma || dash) && k + 1 < end
          && authorsComment(k + 1, end) && hasFiniteVerb(from, k)) {
        break;
      }
      if (k > from && comma && k + 1 < end && (CONCESSIVE.hasLower(t, k + 1)
          && !shortAside(k + 1, end)
          && !(t.is(k + 1, "even") && !(k + 2 < end && t.is(k + 2, WordClass.SUB)))
          || trailingParticiple(k + 1, end))) {
        break;
      }
    }
    return leadPhrase < 0 ? trimEnd(from, k) : objectStop(leadPhrase, trimEnd(from, k));
  }

  /**
   * A subject pronoun (not "it") opening the clause at i, after any adjuncts: "he sounded",
   * "in the course of their report they could not resist".
   */
  private boolean authorsSubject(int i, int end) {
    int k = t.is(i, WordClass.PREP) ? skipAdjuncts(i, end, null) : i;
    if (k > i && k < end && Words.comma(t, k)) {
      k++;
    }
    return k < end && t.is(k, WordClass.SUBJ) && t.lower(k) && (!t.is(k, "it") || k > i);
  }

  /**
   * Where an object content ("criticized the law as a “crazy system” while touring Flint")
   * stops: at the content's usual end, or before a comma that no enumeration goes on from, a
   * subordinate clause of time or contrast or an adjunct that opens a time of its own
   * ("while", "since", "amid"). Phrases with "in", "on", "at" or "during" stay: news
   * annotators count "praised the plan in a speech on Monday" whole, and so do they a clause
   * of question, condition or reason ("criticized the plan because it ignored the river").
   */
  int objectEnd(int from, int end) {
    return objectStop(from, contentEnd(from, end));
  }

  /** Where object content from {@code from} stops, at {@code stop} or before: see objectEnd. */
  private int objectStop(int from, int stop) {
    int listAnd = -1;
    for (int k = from + 1; k < stop; k++) {
      if (t.depth(k) > 0) {
        continue;
      }
      boolean afterQuotation = k - 1 > from && t.type(k - 1) == TokenType.QUOTE
          && t.depth(k - 1) == 0; // "as a “crazy system” during a stop"
      if (Words.comma(t, k) && k + 1 < stop && listGoesOn(k + 1)) {
        continue; // "fun topics, including lessons from her mother"
      }
      if (k <= listAnd && (Words.comma(t, k) || t.is(k, "and") || t.is(k, "or"))) {
        continue; // inside "his tactics, his judgment and his decency"
      }
      if (Words.comma(t, k) && (listAnd = Math.max(listAnd, enumerationAnd(k, stop))) > k) {
        continue;
      }
      if (Words.comma(t, k) && k + 1 < stop && placeOrDate(k, stop)) {
        continue; // "in Leeds, England", "on March 3, 2016"
      }
      if ((t.is(k, "and") || t.is(k, "or")) && k + 1 < stop && secondVerb(k + 1)
          && !(ingWord(from) && ingWord(k + 1))) {
        return trimEnd(from, k); // "attacking Mr. Trump and visiting the campaign"
      } // but "opposed raising the tax and cutting the budget": two gerunds, one object
      if (Words.comma(t, k)
          || t.is(k, WordClass.SUB) && TIME_OR_CONTRAST.hasLower(t, k)
          || afterQuotation && (t.is(k, WordClass.PREP) && endsObject(k, stop)
              || t.is(k, WordClass.TIME))
          || t.is(k, WordClass.PREP) && adjunct(k, stop)) {
        return trimEnd(from, k);
      }
    }
    return stop;
  }

  /**
   * Where an enumeration that the comma at {@code comma} continues closes: the "and" or "or"
   * before its last item ("praised the nurses, the drivers, and the cooks"), when the items
   * between are short and hold no finite verb, no clause and no "but"; -1 if the comma opens
   * no such list, as when a conjunction follows it at once (", and the shops reopened").
   */
  private int enumerationAnd(int comma, int stop) {
    if (comma + 1 < stop && (t.is(comma + 1, "and") || t.is(comma + 1, "or")
        || t.is(comma + 1, "but"))) {
      return -1; // ", and the shops on Main and Elm are thrilled": a clause, no list
    }
    int len = 0;
    for (int k = comma + 1; k < stop; k++) {
      if (t.depth(k) > 0) {
        continue;
      }
      if (Words.comma(t, k)) {
        if (len == 0) {
          return -1;
        }
        len = 0;
        continue;
      }
      if (t.is(k, "and") || t.is(k, "or")) {
        return k;
      }
      if (t.isAny(k, WordClass.mask(WordClass.AUX, WordClass.MODAL, WordClass.COPULA,
          WordClass.SUBJ, WordClass.REL, WordClass.SUB)) || finiteCue(k)
          || t.type(k) == TokenType.DASH || Words.terminal(t, k) || t.isChar(k, ';')
          || t.isChar(k, ':') || t.is(k, "but") || t.is(k, WordClass.PAST) || ++len > 6) {
        return -1;
      }
    }
    return -1;
  }

  /** A verb opening a second predicate after "and": "-ing", "-ed", an irregular past, a cue. */
  private boolean secondVerb(int i) {
    return t.depth(i) == 0 && t.lower(i) && (t.word(i) == null && (ingWord(i) || Words.edWord(t, i))
        || t.is(i, WordClass.PAST) || t.is(i, WordClass.CUE) && !t.word(i).isForm(CueForm.BASE)
            && (t.word(i).isForm(CueForm.PAST) || t.word(i).isForm(CueForm.GERUND)));
  }

  /**
   * A comma inside a place or a date, not between phrases: "in Flint, Michigan", "in Leeds,
   * England", "on March 3, 2016". A place is a capitalised word, the comma, then one
   * capitalised word (with its abbreviation point: "Calif.") that ends the content or the
   * phrase; a date is a day number, the comma, then a year.
   */
  private boolean placeOrDate(int comma, int stop) {
    int before = comma - 1;
    int after = comma + 1;
    if (before < 0 || t.depth(after) > 0) {
      return false;
    }
    if (t.type(before) == TokenType.NUMBER && t.type(after) == TokenType.NUMBER) {
      return t.end(after) - t.start(after) == 4 && t.end(before) - t.start(before) <= 2;
    }
    if (t.type(before) != TokenType.WORD || !t.cap(before) || t.type(after) != TokenType.WORD
        || !t.cap(after) || t.isAny(after, Words.FUNCTION) || t.is(after, WordClass.SUBJ)) {
      return false;
    }
    int next = after + 1 < stop && t.isChar(after + 1, '.') ? after + 2 : after + 1;
    return next >= stop || Words.comma(t, next);
  }

  /** Words after a comma that extend a noun phrase: "including", "such as", "as well as". */
  private boolean listGoesOn(int i) {
    return t.is(i, "including") || t.is(i, "such") && i + 1 < t.size() && t.is(i + 1, "as")
        || t.is(i, "as") && i + 2 < t.size() && t.is(i + 1, "well") && t.is(i + 2, "as")
        || t.is(i, "especially") || t.is(i, "particularly") || t.is(i, "notably")
        || t.is(i, "followed") && i + 1 < t.size() && t.is(i + 1, "by");
  }

  /**
   * Where an infinitive content ("vowed to keep abortion legal and celebrated the ruling")
   * stops: at a comma, a dash, or "and" before another verb. Its subordinate clauses stay
   * ("vowed to stay in the race until the last vote is counted"), and so does a list the comma
   * opens ("pledged to protect workers, including those in the gig economy") or goes on with
   * ("promised to repave the roads, fix the lights and reopen the park").
   */
  int infinitiveEnd(int from, int end) {
    int stop = contentEnd(from, end);
    int listAnd = -1;
    for (int k = from + 1; k < stop; k++) {
      if (t.depth(k) > 0) {
        continue;
      }
      if (Words.comma(t, k) && k + 1 < stop && listGoesOn(k + 1)) {
        continue;
      }
      if (k <= listAnd && (Words.comma(t, k) || t.is(k, "and") || t.is(k, "or"))) {
        continue; // inside "to repave the roads, fix the lights and reopen the park"
      }
      if (Words.comma(t, k) && (listAnd = Math.max(listAnd, enumerationAnd(k, stop))) > k) {
        continue;
      }
      if (Words.comma(t, k) && k + 1 < stop && placeOrDate(k, stop)) {
        continue; // "in Leeds, England", "on March 3, 2016"
      }
      if (Words.comma(t, k) || t.type(k) == TokenType.DASH || t.isChar(k, '(')
          || (t.is(k, "and") || t.is(k, "but")) && k + 1 < stop && pastVerb(k + 1)) {
        return trimEnd(from, k);
      }
    }
    return stop;
  }

  /**
   * Where a clause after a noun cue ends ("the mayor's claim that the tunnel would pay for
   * itself drew laughter"): before the sentence's own verb, when a second finite verb follows
   * the clause's without a conjunction.
   */
  int nounClauseEnd(int from, int end) {
    int stop = contentEnd(from, end);
    boolean verb = false;
    for (int k = from + 1; k < stop; k++) {
      if (t.depth(k) > 0) {
        continue;
      }
      boolean finite = pastVerb(k) && !Words.verbGroup(t, k)
          || t.is(k, WordClass.CUE) && t.word(k).isForm(CueForm.THIRD);
      if (verb && finite && Words.nounish(t, k - 1) && !t.is(k - 1, WordClass.CUE)) {
        return trimEnd(from, k);
      }
      verb |= finite || t.isAny(k, Words.AUXILIARIES);
      if (t.is(k, "and") || t.is(k, "but") || Words.comma(t, k) || t.is(k, WordClass.REL)) {
        verb = false;
      }
    }
    return stop;
  }

  /**
   * Whether [from, to) holds a finite verb by its form alone: an auxiliary, a modal, "be", an
   * irregular past, a cue's past form or a word in -ed ("closures" is no verb here).
   */
  boolean hasFiniteVerb(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isAny(k, Words.FINITE) || pastVerb(k) && t.lower(k)) {
        return true;
      }
    }
    return false;
  }

  /** A past-tense verb form: a cue's, or an unknown lower-case word in -ed. */
  private boolean pastVerb(int k) {
    while (k < t.size() && Words.verbGroup(t, k)) {
      k++;
    }
    return k < t.size() && (t.is(k, WordClass.CUE) && t.word(k).isForm(CueForm.PAST)
        || t.is(k, WordClass.PAST) || t.lower(k) && t.word(k) == null
            && Words.endsWith(t, k, "ed"));
  }

  /**
   * A prepositional phrase an object does not take: one of time ("on Friday", "amid …",
   * "since …") or of the medium ("in an interview").
   */
  private boolean adjunct(int prep, int stop) {
    if (infinitiveTo(prep)) {
      return false;
    }
    return ADJUNCT_PREPOSITIONS.hasLower(t, prep) || prep + 1 < stop
        && (t.is(prep + 1, WordClass.TIME)
            || !t.is(prep, "of") && headsMedium(prep + 1, Math.min(stop, prep + 4)));
  }

  /**
   * Subordinators whose clause an object does not take: of time or contrast ("praised the
   * plan while …"); a question, a condition or a reason stays ("the question whether …", "the
   * cost if …", "the plan because …").
   */
  private static final WordSet TIME_OR_CONTRAST = WordSet.of("when",
      "whenever", "while", "whereas", "although", "though", "after", "before", "since",
      "until");

  /**
   * "to" before a bare lower-case word opens an infinitive, not a phrase: "ordered the agency
   * to release the files" (no "release" of the press here).
   */
  private boolean infinitiveTo(int i) {
    return t.is(i, "to") && i + 1 < t.size() && t.lower(i + 1)
        && t.type(i + 1) == TokenType.WORD && !t.isAny(i + 1, Words.OPENERS)
        && !t.is(i + 1, WordClass.TIME);
  }

  private static final WordSet ADJUNCT_PREPOSITIONS = WordSet.of("before",
      "since", "amid", "following", "until", "while", "despite", "throughout", "when");

  /**
   * After a quotation that opens the content: "and", "as", "until", a comma, a phrase of time,
   * place or medium ("on Monday", "at the rally", "during a visit") or the writer's "in which"
   * end it there; another phrase ("“…” for the party", "“…” to voters") completes it.
   */
  private boolean endsObject(int i, int end) {
    return t.is(i, WordClass.CONJ) || t.is(i, WordClass.PREP) && !t.is(i, "of")
        && (adjunct(i, end) || t.is(i, "at") || t.is(i, "during")
            || i + 1 < end && t.is(i + 1, WordClass.REL))
        || t.is(i, WordClass.SUB)
        || Words.comma(t, i) && !opensQuote(i + 1) || t.type(i) == TokenType.DASH;
  }

  /** "…, Hale boasted, …": a subject and a cue verb of its own start another report. */
  private boolean newReportingClause(int i, int end) {
    if (i < end && (t.is(i, "and") || t.is(i, "but"))) {
      i++;
    }
    if (i >= end || t.depth(i) > 0) {
      return false;
    }
    int q = quantityEnd(i, end); // "and more than 4 in 10 said …", "another says …"
    if (q > i && finiteCue(q)) {
      return q + 1 < end && !Words.terminal(t, q + 1);
    }
    Phrase p = np.after(i, end);
    if (p == null) {
      return false;
    }
    if (p.end() >= end || p.kind() == Phrase.Kind.RELATIVE) {
      return false;
    }
    int v = p.end();
    while (v < end && Words.verbGroup(t, v)) {
      v++;
    }
    return v < end && t.is(v, WordClass.CUE) && t.depth(v) == 0
        && (t.word(v).isForm(CueForm.PAST) || t.word(v).isForm(CueForm.THIRD)
            || t.word(v).isForm(CueForm.BASE) && (p.kind() == Phrase.Kind.PRONOUN
                || t.is(p.end() - 1, WordClass.ROLE_PLURAL) || t.string(p.end() - 1).endsWith("s")))
        && v + 1 < end && !Words.terminal(t, v + 1);
  }

  /**
   * What the writer adds after a complete reported clause: a relative clause about a name
   * ("…, who has been battered in recent weeks") or an appositive judging the whole ("…, an
   * ambitious goal that …").
   */
  private boolean authorsComment(int i, int end) {
    if ((t.is(i, "who") || t.is(i, "whom")) && np.nameToken(i - 2)) {
      return true;
    }
    return (t.is(i, "a") || t.is(i, "an")) && i + 2 < end && Words.nounish(t, i + 1)
        && !t.is(i + 1, WordClass.QUANT);
  }

  /** A cue verb in the past or present tense at depth 0: "said", "says". */
  private boolean finiteCue(int i) {
    return i < t.size() && t.depth(i) == 0 && t.is(i, WordClass.CUE) && t.lower(i)
        && (t.word(i).isForm(CueForm.PAST) || t.word(i).isForm(CueForm.THIRD));
  }

  /** The end of a share of people: "more than 4 in 10", "half of them", "62 percent". */
  private int quantityEnd(int i, int end) {
    if (i + 1 < end && ONE_OF.hasLower(t, i)
        && finiteCue(i + 1)) {
      return i + 1; // "while one company says …, another says …"
    }
    int k = i;
    boolean number = false;
    while (k < end && k - i < 7 && t.depth(k) == 0 && (t.type(k) == TokenType.NUMBER
        || t.is(k, WordClass.QUANT) || t.is(k, "than") || t.is(k, "in") || t.is(k, "of")
        || t.is(k, "percent") || t.is(k, WordClass.OBJ))) {
      number |= t.type(k) == TokenType.NUMBER || t.is(k, WordClass.QUANT);
      k++;
    }
    return number ? k : i;
  }

  private static final WordSet ONE_OF = WordSet.of("another", "one",
      "others", "some", "many", "most", "few", "both", "each");

  /** ", although brief, opportunity": a concessive adjective between commas, no clause. */
  private boolean shortAside(int i, int end) {
    return i + 2 < end && Words.comma(t, i + 2) || i + 3 < end && Words.comma(t, i + 3)
        && !t.is(i + 1, WordClass.SUBJ);
  }

  /**
   * Clauses of contrast after a comma, which reports rarely include; "even" only when a
   * subordinator follows ("even if", "even though"): ", even in a good year" stays.
   */
  private static final WordSet CONCESSIVE = WordSet.of("although", "though",
      "whereas", "while", "even");

  /** ", focusing on people under 30.": an -ing clause running to the sentence end. */
  private boolean trailingParticiple(int i, int end) {
    if (i + 1 < end && t.lower(i) && t.word(i) == null && Words.verbGroup(t, i)) {
      i++; // ", implicitly putting his name on the line"
    }
    if (!ingWord(i) || t.word(i) != null && !t.is(i, WordClass.CUE)) {
      return false;
    }
    for (int k = i + 1; k < end; k++) {
      if (Words.comma(t, k) || t.depth(k) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Drops punctuation outside quotations from the end of [from, k). */
  int trimEnd(int from, int k) {
    while (k > from && ContentSpan.trailingPunctuation(t, k - 1)) {
      k--;
    }
    return k;
  }

  /** An -ing word: "…,” referring to …" begins a clause of the author's after a quotation. */
  private boolean ingWord(int i) {
    return Words.ingWord(t, i);
  }

  /** A gerund cue right here: "adding", "saying", "noting". */
  boolean participle(int i) {
    return t.is(i, WordClass.CUE) && t.word(i).isForm(CueForm.GERUND) && t.depth(i) == 0;
  }

  /** "and (also) said ..." : a cue verb sharing the subject of the clause before. */
  private boolean coordinatedCue(int i, int end) {
    while (i < end && Words.verbGroup(t, i)) {
      i++;
    }
    return i < end && t.is(i, WordClass.CUE) && t.depth(i) == 0
        && (t.word(i).isForm(CueForm.PAST) || t.word(i).isForm(CueForm.THIRD))
        && i + 1 < end && !Words.terminal(t, i + 1)
        && !(t.word(i).isForm(CueForm.THIRD) && t.is(i + 1, WordClass.CUE)
            && t.word(i + 1).isForm(CueForm.THIRD)); // "and protests demands": a noun
  }

  /** Whether [from, to) holds a verb: an auxiliary, a cue, or an unknown word in -ed or -s. */
  boolean hasVerb(int from, int to) {
    for (int k = from; k < to; k++) {
      if ((t.isAny(k, VERB_WORDS) || k > from && t.type(k) == TokenType.WORD && t.lower(k)
          && t.word(k) == null && endsWithVerbSuffix(k)) && !attributive(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb form right after a determiner or a possessive is a noun or an adjective: "his
   * support", "the reports", "a written statement", "her prepared remarks".
   */
  boolean attributive(int k) {
    return k > 0 && t.depth(k) == t.depth(k - 1) && t.lower(k) && !t.is(k, WordClass.AUX)
        && !t.is(k, WordClass.MODAL) && !t.is(k, WordClass.COPULA)
        && t.isAny(k - 1, WordClass.mask(WordClass.DET, WordClass.POSS)) && !t.is(k - 1, "that");
  }

  /**
   * The last verb of [from, to) is a form of "be" or an auxiliary: "that Machado was
   * “disgusting” and encouraged …" coordinates the cue, not the clause's verb.
   */
  private boolean copularClause(int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (t.depth(k) > 0) {
        continue;
      }
      if (t.isAny(k, Words.AUXILIARIES)) {
        return true;
      }
      boolean finiteCue = t.is(k, WordClass.CUE) && t.word(k).isForm(CueForm.PAST)
          && k > from && !t.is(k - 1, "to") && !t.isAny(k - 1, Words.OPENERS);
      if (t.is(k, WordClass.PAST) || finiteCue
          || t.lower(k) && t.word(k) == null && endsWithVerbSuffix(k)) {
        return false;
      }
    }
    return false;
  }

  /** The cue verb after "and" (and adverbs) takes a clause: "and said that". */
  private boolean coordinatedClauseCue(int i) {
    while (i < t.size() && Words.verbGroup(t, i)) {
      i++;
    }
    return i < t.size() && t.is(i, WordClass.CUE) && t.word(i).verb().takesClause();
  }

  /** Whether [from, to) reads as a clause: it holds a quotation, an auxiliary or a verb form. */
  boolean clauseLike(int from, int to) {
    if (from < to && t.is(from, "according")) {
      return false;
    }
    int words = 0;
    for (int k = from; k < to; k++) {
      if (t.depth(k) > 0 || opensQuote(k)) {
        return true;
      }
      if (t.isAny(k, VERB_WORDS)) {
        return true;
      }
      if (t.type(k) == TokenType.WORD) {
        words++;
        if (words > 1 && t.lower(k) && t.word(k) == null && endsWithVerbSuffix(k)) {
          return true;
        }
      }
    }
    return words >= 3 && !t.is(from, WordClass.PREP) && !t.is(from, WordClass.SUB);
  }

  private boolean endsWithVerbSuffix(int k) {
    int e = t.end(k);
    return e - t.start(k) > 3 && (Words.endsWith(t, k, "ed") || t.charAt(e - 1) == 's');
  }

  /**
   * After a cue that follows its content: the token where a continuation begins (", “B”",
   * ", adding"), {@code end} if only adjuncts follow, or -1 if the sentence goes on with
   * content of its own (so the cue precedes its content instead). Sets the addressee and
   * medium through {@code out} when found.
   */
  int tail(int i, int end, Cue cue, Tail out) {
    if (cue.verb() != null && cue.verb().takes(Frame.TELL) && i < end && !t.is(i, "that")) {
      Phrase a = np.after(i, end);
      if (a != null) {
        out.addressee = a;
        i = a.end();
      }
    }
    int[] medium = {-1, -1};
    while (i < end) {
      i = skipAdjuncts(i, end, medium);
      if (medium[0] >= 0 && out.mediumFirst < 0) {
        out.mediumFirst = medium[0];
        out.mediumEnd = medium[1];
      }
      if (i >= end) {
        break;
      }
      if (Words.terminal(t, i) && onlyClosersAfter(i + 1, end) || t.type(i) == TokenType.QUOTE
          && onlyClosersAfter(i, end)) {
        return end;
      }
      if (Words.comma(t, i) && i + 1 < end && (t.is(i + 1, "where") || t.is(i + 1, "when")
          || t.is(i + 1, "who") || t.is(i + 1, "which") || t.is(i + 1, "whose")
          || t.is(i + 1, "whom"))) {
        i = nextComma(i + 1, end);
        continue;
      }
      if (out.allowRelative && Words.comma(t, i)) {
        int a = appositiveEnd(i + 1, end);
        if (a > i + 1) {
          i = a; // "…, said Ann Lowe, a housing expert who …": the source's appositive
          continue;
        }
      }
      if ((t.is(i, "who") || t.is(i, "that")) && out.allowRelative) {
        return end; // "…, said a handful of Democrats who point to …"
      }
      if (Words.comma(t, i) && i + 2 < end && (t.is(i + 1, "but") || t.is(i + 1, "and"))
          && clauseStart(i + 2)) {
        return i; // "…, said Mr. Sperling, but she has developed …"
      }
      if ((Words.comma(t, i) || t.isChar(i, ':')) && i + 1 < end
          && (opensQuote(i + 1) || participle(i + 1))) {
        return i;
      }
      if (Words.comma(t, i) && i + 1 < end && ingWord(i + 1) && !t.is(i + 1, "according")) {
        return i; // "…, the company said, giving no details": the author's participle clause
      }
      if (Words.comma(t, i) && i + 2 < end && (t.is(i + 1, "before") || t.is(i + 1, "after")
          || t.is(i + 1, "while")) && participle(i + 2)) {
        return i; // "“…,” Jones said, before adding: “…”": the next cue's own clause
      }
      if (Words.comma(t, i) && i + 2 < end && tagMoment(i + 1, end)) {
        return end; // "…, the agency said on Thursday, two days after voters went to the polls"
      }
      if (Words.comma(t, i) && i + 1 < end && (t.is(i + 1, WordClass.PREP)
          && !t.is(i + 1, "that") || t.is(i + 1, WordClass.TIME))) {
        i++;
        continue;
      }
      if (t.isChar(i, '(')) {
        i = closingParen(i, end);
        continue;
      }
      if (t.type(i) == TokenType.QUOTE && t.depth(i) == 0 && doc.topSpanAt(i) == null) {
        i++; // a plural possessive's apostrophe: "told CBS' Face the Nation"
        continue;
      }
      if (t.is(i, "and") && coordinatedCue(i + 1, end)) {
        return i;
      }
      if (t.isChar(i, ';') || TAG_CLAUSES.has(t, i) && i + 1 < end
          && clauseStart(i + 1)) {
        return end; // "…, analysts say; in 2012 …", "…, he told aides as he left the room"
      }
      return -1;
    }
    return end;
  }

  /**
   * A clause of time set off after a tag, with its measure ("two days after voters went to the
   * polls", "hours before the vote opened", "shortly after the court ruled"): the moment of
   * the report, not more of its content.
   */
  private boolean tagMoment(int i, int end) {
    int k = i;
    while (k < end && k - i < 3 && t.depth(k) == 0 && t.lower(k) && (t.type(k) == TokenType.NUMBER
        || t.is(k, WordClass.TIME) || MEASURE.has(t, k))) {
      k++;
    }
    return k + 1 < end && t.depth(k) == 0 && t.lower(k) && MOMENT.has(t, k)
        && (k > i || !t.is(k, "as")) && clauseStart(k + 1);
  }

  /** Words measuring the time before a moment: "two days after", "just hours before". */
  private static final WordSet MEASURE = WordSet.of("a", "an", "one", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few",
      "just", "only", "shortly", "soon", "immediately", "long", "hours", "days", "weeks");

  /** Subordinators of time that a tag's own moment opens with. */
  private static final WordSet MOMENT = WordSet.of("after", "before",
      "when", "as");

  /** Subordinators opening a clause about the tag's own moment: "said as he left". */
  private static final WordSet TAG_CLAUSES = WordSet.of("as", "while",
      "when", "after", "before");

  /**
   * The end of a noun phrase at i that can only be an appositive: one that ends the sentence
   * or is followed by a comma or a relative pronoun ("a housing expert who has …"); i if none.
   */
  private int appositiveEnd(int i, int end) {
    Phrase a = i < end && t.depth(i) == 0 ? np.after(i, end) : null;
    if (a == null || a.first() != i || a.kind() == Phrase.Kind.PRONOUN
        || a.kind() == Phrase.Kind.RELATIVE) {
      return i;
    }
    int k = a.end();
    return k >= end || onlyClosersAfter(k, end) || Words.comma(t, k) || t.is(k, "who")
        || t.is(k, "whose") || t.is(k, "which") ? k : i;
  }

  /**
   * After a quotation's tag, a looser test than {@link #tail}: whatever follows is the tag's
   * own adjuncts ("told ABC's This Week", "said, speaking by phone from Nice") unless it opens
   * a clause or a quotation. Returns where a continuation begins, {@code end}, or -1.
   */
  int looseTail(int i, int end) {
    for (int k = i; k < end; k++) {
      if (t.depth(k) > 0 || t.isChar(k, ';')) {
        return -1;
      }
      if ((Words.comma(t, k) || t.isChar(k, ':')) && k + 1 < end && opensQuote(k + 1)
          || Words.comma(t, k) && k + 1 < end && participle(k + 1)) {
        return k; // "…,” he told CBS’ show, “B”" or ", saying …"
      }
      if (opensQuote(k) && k > i) {
        int after = phraseQuoteEnd(k, end);
        if (after > k) {
          k = after - 1; // "…,” said Dan Moss, one of the “big four” negotiators."
          continue;
        }
      }
      if (opensQuote(k) || k == i && (t.is(k, "that") || t.isChar(k, ':'))) {
        return -1;
      }
    }
    return end;
  }

  /**
   * A clause with its own finite verb before any comma, opening at k right after a tag: "…,”
   * the prosecutor said the two cases were different".
   */
  boolean reportedClause(int k, int end) {
    if (!(t.is(k, WordClass.DET) || t.is(k, WordClass.SUBJ)) || !t.lower(k)) {
      return false;
    }
    int stop = k + 1;
    while (stop < end && t.depth(stop) == 0 && !Words.comma(t, stop)
        && !Words.terminal(t, stop)) {
      stop++;
    }
    return hasFiniteVerb(k + 1, stop);
  }

  /**
   * Where a short quoted modifier inside a noun phrase of a tag ends, between a determiner and
   * its noun ("one of the “big four” negotiators"); -1 for a quotation that may be content.
   */
  int phraseQuoteEnd(int k, int end) {
    QuotedSpan q = doc.topSpanAt(k);
    if (q == null || q.close < 0 || q.end - q.first > 4 || q.outerEnd() >= end
        || k == 0 || !t.isAny(k - 1, Words.OPENERS) || !t.lower(k - 1)
        || t.type(q.outerEnd()) != TokenType.WORD || !t.lower(q.outerEnd())) {
      return -1;
    }
    for (int j = q.first; j < q.end; j++) {
      if (t.type(j) != TokenType.WORD && t.type(j) != TokenType.NUMBER) {
        return -1;
      }
    }
    return q.outerEnd();
  }

  private boolean onlyClosersAfter(int i, int end) {
    for (; i < end; i++) {
      if (!(t.type(i) == TokenType.QUOTE || t.isChar(i, ')') || Words.terminal(t, i))) {
        return false;
      }
    }
    return true;
  }

  private int nextComma(int i, int end) {
    while (i < end && !Words.comma(t, i) && !Words.terminal(t, i)) {
      i++;
    }
    return i;
  }

  private int closingParen(int i, int end) {
    for (int k = i + 1; k < end && k - i < 12; k++) {
      if (t.isChar(k, ')')) {
        return k + 1;
      }
    }
    return end;
  }

  /** Addressee and medium found after a cue. */
  static final class Tail {
    boolean allowRelative;
    Phrase addressee;
    int mediumFirst = -1;
    int mediumEnd = -1;
  }
}
