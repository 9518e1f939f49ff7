package io.github.quotable.attribution;

import io.github.quotable.QuoteKind;
import io.github.quotable.cues.Cue;
import io.github.quotable.document.Document;
import io.github.quotable.marks.QuotedSpan;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sieves share while reading one sentence: its cues, the attributions accepted so
 * far, and the readers of phrases and clauses. A sieve proposes; the context accepts only an
 * attribution whose content overlaps no accepted one and whose cue is still free, so each
 * sieve decides only what earlier ones left open.
 */
final class SentenceContext {
  final Document doc;
  final Tokens t;
  final NounPhrases np;
  final Clauses clauses;
  /** The sentence being read and its cues. */
  Sentence s;
  List<Cue> cues;
  /** Empty lists until the first add: most sentences accept nothing. */
  final List<Attribution> found = new ArrayList<>();
  private final List<Cue> used = new ArrayList<>();
  /** The {@link Keyword}s the sentence holds, one bit each. */
  private int keywords;
  /**
   * The first token of the sentence at which a top-level quotation opens, or its end if none
   * does: the scans for quotations start there. Most sentences quote nothing.
   */
  int quotesFrom;
  /** The first of the document's spans that may open in the sentence being read or later. */
  private int span;
  /** "Speaking to the BBC, …", "In a statement, …": the sentence's opening setting. */
  private final FrontedSetting setting;
  /**
   * The colons of the first two labels in capitals that open a paragraph, -1 for none; read
   * by {@link ColonSieve} once per document (null until then), not once per label.
   */
  int[] capitalLabels;

  /** A context for the sentences of one document, read one after another with {@link #start}. */
  SentenceContext(Document doc, NounPhrases np, Clauses clauses) {
    this.doc = doc;
    this.t = doc.tokens();
    this.np = np;
    this.clauses = clauses;
    this.setting = new FrontedSetting(t, np);
  }

  /** Starts reading sentence s with its cues: nothing accepted, no cue used. */
  void start(Sentence s, List<Cue> cues) {
    this.s = s;
    this.cues = cues;
    this.keywords = Keyword.in(t, s);
    this.quotesFrom = firstQuotation(s);
    setting.read(s);
    found.clear();
    used.clear();
  }

  /** See {@link #quotesFrom}; sentences come in text order, as do the spans. */
  private int firstQuotation(Sentence s) {
    List<QuotedSpan> spans = doc.spans();
    while (span < spans.size() && spans.get(span).outerFirst() < s.first()) {
      span++;
    }
    for (int k = span; k < spans.size() && spans.get(k).outerFirst() < s.end(); k++) {
      if (spans.get(k).isTopLevel()) {
        return spans.get(k).outerFirst();
      }
    }
    return s.end();
  }

  /** Whether the sentence holds the word somewhere: if not, a scan for it can be skipped. */
  boolean mentions(Keyword k) {
    return (keywords & 1 << k.ordinal()) != 0;
  }

  boolean isUsed(Cue c) {
    for (int k = 0; k < used.size(); k++) {
      if (used.get(k).head() == c.head()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first top-level quotation of the sentence opening at or after token {@code from} that
   * has words and is still free (earlier sieves and calls may accept attributions), or null.
   * A loop rather than a callback: the JIT compiled one copy of the loop with every caller's
   * callback inlined into it, and compiled it again when a new caller came.
   */
  QuotedSpan nextFreeQuotation(int from) {
    for (int i = Math.max(from, quotesFrom); i < s.end(); i++) {
      QuotedSpan q = doc.topSpanAt(i);
      if (q == null || q.outerFirst() != i) {
        continue;
      }
      i = q.outerEnd() - 1;
      if (q.tokens() > 0 && free(q.outerFirst(), q.outerEnd())
          && np.quotedTitleEnd(q.outerFirst(), s.end()) < 0) { // not "CNN's “Meet the Press”"
        return q;
      }
    }
    return null;
  }

  /** Whether content [first, end) is free of every accepted attribution's content and cue. */
  boolean free(int first, int end) {
    for (int k = 0; k < found.size(); k++) {
      Attribution a = found.get(k);
      if (a.overlaps(first, end) || a.cue() != null && a.cue().head() >= first
          && a.cue().head() < end && a.cue().type() != Cue.Type.DASH) {
        return false;
      }
    }
    return true;
  }

  /** Accepts the attribution if its content is non-empty and free; returns it, or null. */
  Attribution accept(int first, int end, Cue cue, Phrase source, Attribution sharesSourceOf,
      Phrase addressee, int mediumFirst, int mediumEnd, Rule rule, double confidence) {
    if (first >= end || !free(first, end) || cue != null && !sharesCue(sharesSourceOf, cue)
        && isUsed(cue) && rule != Rule.QUOTED_FRAGMENT) {
      return null;
    }
    if (source != null && source.first() < end && first < source.end()) {
      return null;
    }
    if (addressee == null && mediumFirst < 0 && cue != null && setting.comma >= 0
        && cue.first() > setting.comma && first > setting.comma) {
      // "Speaking to the BBC, Hale said …": the opening tells to whom or where
      addressee = setting.addressee;
      mediumFirst = setting.mediumFirst;
      mediumEnd = setting.mediumEnd;
    }
    QuoteKind kind = cue == null ? QuoteKind.SPEECH : cue.kind();
    Attribution a = new Attribution(first, end, cue, source, sharesSourceOf, addressee,
        mediumFirst, mediumEnd, rule, kind,
        Math.max(0, Math.min(1, Hedges.confidence(this, cue, confidence))));
    found.add(a);
    if (cue != null) {
      used.add(cue);
    }
    return a;
  }

  /**
   * Accepts content that contains its own cue and source ("Hawaii, as one adviser noted,
   * rarely …"), if it overlaps no accepted content.
   */
  Attribution acceptSpanning(int first, int end, Cue cue, Phrase source, Rule rule) {
    for (int k = 0; k < found.size(); k++) {
      Attribution a = found.get(k);
      if (a.overlaps(first, end)) {
        return null;
      }
    }
    if (isUsed(cue)) {
      return null;
    }
    Attribution a = new Attribution(first, end, cue, source, null, null, -1, -1, rule,
        cue.kind(), rule.confidence());
    found.add(a);
    used.add(cue);
    return a;
  }

  /**
   * Gives a, the attribution accepted last, another kind. Found by place, not by
   * {@code indexOf}: an attribution is a record, and comparing records compares their cues,
   * phrases and shared sources too.
   */
  void setKind(Attribution a, QuoteKind kind) {
    found.set(found.size() - 1, new Attribution(a.first(), a.end(), a.cue(), a.source(),
        a.sharesSourceOf(), a.addressee(), a.mediumFirst(), a.mediumEnd(), a.rule(), kind,
        a.confidence()));
  }

  private static boolean sharesCue(Attribution other, Cue cue) {
    return other != null && other.cue() == cue;
  }

  /** The last accepted attribution whose content ends before token i, or null. */
  Attribution lastBefore(int i) {
    Attribution best = null;
    for (int k = 0; k < found.size(); k++) {
      Attribution a = found.get(k);
      if (a.end() <= i && (best == null || a.end() > best.end())) {
        best = a;
      }
    }
    return best;
  }

  /** The first token before the cue's verb group: "has also said" gives the token before "has". */
  int verbGroupStart(Cue c) {
    int p = c.first();
    while (p - 1 >= s.first() && Words.verbGroup(t, p - 1) && t.depth(p - 1) == 0) {
      p--;
    }
    int ago = agoPhraseStart(p - 1);
    if (ago > s.first()) {
      p = ago; // "The ministry less than two weeks ago said": the time is no subject
      while (p - 1 >= s.first() && Words.verbGroup(t, p - 1) && t.depth(p - 1) == 0) {
        p--;
      }
    }
    if (Words.parentheticalAdverb(t, p - 1, s.first())) {
      p -= 3; // "Proponents of the bill, however, say": the aside belongs to the verb
    }
    return p;
  }

  /**
   * Where a time phrase ending in "ago" at token i starts ("long ago", "less than two weeks
   * ago", "a year ago"), or -1 if token i ends none.
   */
  private int agoPhraseStart(int i) {
    if (i - 1 < s.first() || !t.is(i, "ago") || !(t.is(i - 1, WordClass.TIME)
        || t.is(i - 1, "long"))) {
      return -1;
    }
    int k = i - 2;
    while (k >= s.first() && i - k < 7 && t.depth(k) == 0 && (t.type(k) == TokenType.NUMBER
        || t.is(k, WordClass.QUANT) || t.is(k, "a") || t.is(k, "an") || t.is(k, "than")
        || t.is(k, "less") || t.is(k, "just") || t.is(k, "nearly") || t.is(k, "about"))) {
      k--;
    }
    return k + 1;
  }
}
