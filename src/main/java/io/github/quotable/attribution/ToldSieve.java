package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Frame;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;

/**
 * What someone was told or asked, the teller unnamed: "He was told he faced jail", "Fans were
 * warned to expect delays", "She was asked whether she would stand". Nobody speaks; the
 * subject is the addressee. A named teller ("was told by aides that") is the cue-before
 * sieve's, a court or jury that heard it the hearing sieve's.
 */
final class ToldSieve implements Sieve {
  private final boolean mainClauseOnly;

  /**
   * @param mainClauseOnly read only passives with no cue word before them, as the run before
   *     the cue-before sieve does
   */
  ToldSieve(boolean mainClauseOnly) {
    this.mainClauseOnly = mainClauseOnly;
  }

  /** The passive forms looked for; a sentence with none of them is not read. */
  private static final Keyword[] FORMS = {Keyword.TOLD, Keyword.ASKED, Keyword.WARNED,
      Keyword.URGED, Keyword.ADVISED, Keyword.REMINDED, Keyword.INFORMED};

  @Override
  public void apply(SentenceContext c) {
    boolean any = false;
    for (Keyword form : FORMS) {
      any |= c.mentions(form);
    }
    if (!any) {
      return;
    }
    // a passive participle is no cue of the cue finder's, so the forms are read here
    for (int k = c.s.first() + 2; k + 2 < c.s.end(); k++) {
      if (c.t.is(k, WordClass.CUE) && c.t.depth(k) == 0
          && (c.t.is(k - 1, WordClass.COPULA) || c.t.is(k - 1, WordClass.ADV))) {
        told(c, k, mainClauseOnly);
      }
    }
  }

  /** Reads the passive at token {@code verb}, if it is one, and its content. */
  private static void told(SentenceContext c, int verb, boolean mainClauseOnly) {
    Word w = c.t.word(verb);
    if (w == null || w.verb() == null || !w.verb().takes(Frame.TELL) || !w.isForm(CueForm.PAST)
        || !c.t.lower(verb)) {
      return;
    }
    int k = verb - 1;
    if (k > c.s.first() && c.t.lower(k) && c.t.is(k, WordClass.ADV)) {
      k--; // "was also asked", "were repeatedly told"
    }
    if (k <= c.s.first() || !c.t.is(k, WordClass.COPULA)) {
      return; // "she told", "Asked about …": no passive
    }
    int group = k;
    while (group - 1 >= c.s.first() && c.t.lower(group - 1) && Words.verbGroup(c.t, group - 1)) {
      group--; // "had been", "will be"
    }
    if (mainClauseOnly && (cueBefore(c, group) || c.t.is(verb + 1, "by"))) {
      return; // "was told by aides that …": the teller speaks, the cue-before sieve's
    }
    int end = c.s.end();
    int i = c.t.is(verb + 1, "about") ? verb + 1 : c.clauses.skipAdjuncts(verb + 1, end, null);
    if (i >= end) {
      return;
    }
    int from;
    int stop;
    if (c.t.is(i, "that") || c.t.isChar(i, ':')) {
      from = i + 1;
      stop = c.clauses.contentEnd(from, end);
    } else if (c.t.is(i, "to") && i + 1 < end && c.t.lower(i + 1) && w.verb().takes(Frame.TO)
        || CueBeforeSieve.wh(c, i) && w.verb().takes(Frame.WH)) {
      from = i;
      stop = c.t.is(i, "to") ? c.clauses.infinitiveEnd(from, end) : c.clauses.contentEnd(from, end);
    } else if (c.t.is(i, "about") && w.verb().takes(Frame.ABOUT)) {
      from = i + 1;
      stop = c.clauses.objectEnd(from, end);
    } else if (w.verb().takesBareClause() && c.clauses.clauseStart(i)
        || c.clauses.opensQuote(i) && w.verb().takes(Frame.QUOTE)) {
      from = i;
      stop = c.clauses.contentEnd(from, end);
    } else {
      return; // "was told off", "were warned by police": no content, or a named teller
    }
    if (stop - from < 2) {
      return;
    }
    Phrase audience = c.np.before(group, c.s.first());
    if (audience != null && audience.end() != group) {
      audience = null;
    }
    Cue cue = new Cue(Cue.Type.VERB, verb, group, verb + 1, w.verb(), CueForm.PAST);
    if (c.isUsed(cue)) {
      return;
    }
    c.accept(from, stop, cue, null, null, audience, -1, -1, Rule.PASSIVE,
        Rule.PASSIVE.confidence());
  }

  /**
   * Whether a cue word in lower case comes before token {@code k} in the sentence: the passive
   * after it may be part of its report ("She said he was told he faced jail").
   */
  static boolean cueBefore(SentenceContext c, int k) {
    for (int i = c.s.first(); i < k; i++) {
      if (c.t.is(i, WordClass.CUE) && c.t.lower(i)) {
        return true;
      }
    }
    return false;
  }
}
