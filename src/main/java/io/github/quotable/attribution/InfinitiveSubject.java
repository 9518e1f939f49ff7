package io.github.quotable.attribution;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;

/**
 * Who does what an infinitive cue says when its own clause names them, rather than the
 * sentence's first subject: the object of the verb before "to" ("the loss led her to
 * declare", "prompting the mayor to warn") or the pronoun subject of the short verb group that
 * ends there ("…, but she is expected to argue", "she tried to show").
 */
final class InfinitiveSubject {

  private InfinitiveSubject() {}

  /**
   * The doer of the infinitive whose "to" is token {@code to}, or null if the clause names
   * none.
   */
  static Phrase of(SentenceContext c, int to) {
    Phrase object = objectPronoun(c, to - 1) ? new Phrase(to - 1, to, to - 1, to,
        Phrase.Kind.PRONOUN, -1, -1) : c.np.before(to, c.s.first());
    if (object != null && object.size() > 1 && verbAfterAuxiliary(c, object.first())) {
      // "would lead voters", read as one noun phrase, is "voters" led by the verb "lead"
      object = new Phrase(object.first() + 1, object.end(),
          Math.max(object.headFirst(), object.first() + 1), object.headEnd(), object.kind(),
          -1, -1);
    }
    if (object != null && object.end() == to && object.first() - 1 >= c.s.first()
        && person(c, object) && (governs(c, object.first() - 1)
            || verbAfterAuxiliary(c, object.first() - 1))) {
      return object;
    }
    for (int k = to - 1; k >= c.s.first() && to - k <= 5; k--) {
      if (c.t.depth(k) > 0
          || c.t.type(k) != TokenType.WORD && !CueBeforeSieve.contractedIs(c, k)) {
        return null;
      }
      if (c.t.is(k, WordClass.SUBJ)) {
        return k < to - 1 && !c.t.is(k, "it") && (c.t.lower(k) || c.t.is(k, "I"))
            ? new Phrase(k, k + 1, k, k + 1, Phrase.Kind.PRONOUN, -1, -1) : null;
      }
      if (!c.t.lower(k)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether token k, a lower-case word that is no function word, follows a modal or an
   * auxiliary other than "be", with at most a few adverbs between: "would require", "will
   * almost certainly force". Such a word is a verb even where it could be a noun.
   */
  private static boolean verbAfterAuxiliary(SentenceContext c, int k) {
    if (k - 1 < c.s.first() || !c.t.lower(k) || c.t.type(k) != TokenType.WORD
        || c.t.isAny(k, Words.FUNCTION)) {
      return false;
    }
    int p = k - 1;
    while (p > c.s.first() && k - p <= 3 && Words.verbGroup(c.t, p)
        && !c.t.isAny(p, Words.AUXILIARIES)) {
      p--;
    }
    return c.t.is(p, WordClass.MODAL) || c.t.is(p, WordClass.AUX) && !c.t.is(p, WordClass.COPULA);
  }

  /**
   * Whether the infinitive's clause is impersonal, "it" or "there" and a form of "be" before
   * it: "it is too soon to say whether …", "there is reason to believe …" report nobody's
   * words.
   */
  static boolean impersonal(SentenceContext c, int to) {
    for (int k = to - 1; k - 1 >= c.s.first() && to - k <= 5; k--) {
      if (c.t.depth(k) > 0
          || c.t.type(k) != TokenType.WORD && !CueBeforeSieve.contractedIs(c, k)) {
        return false;
      }
      boolean be = c.t.is(k, WordClass.COPULA) || CueBeforeSieve.contractedIs(c, k);
      if (be && (c.t.is(k - 1, "it") || c.t.is(k - 1, "there"))) { // compared without case
        return true;
      }
    }
    return false;
  }

  /** "her", "them": an object pronoun that stands for a person. */
  private static boolean objectPronoun(SentenceContext c, int k) {
    return k >= c.s.first() && c.t.lower(k) && c.t.is(k, WordClass.OBJ) && !c.t.is(k, "it")
        && !c.t.is(k, "you");
  }

  /** A person or a group of people: "her", "Senator Cole", "many voters", "officials". */
  private static boolean person(SentenceContext c, Phrase p) {
    int head = p.headEnd() - 1;
    return switch (p.kind()) {
      case PRONOUN -> objectPronoun(c, p.headFirst());
      case NAME -> !c.t.is(p.headEnd() - 1, WordClass.TIME); // not "met Friday to discuss"
      case NOMINAL -> Words.role(c.t, head) // or "led many to …", "prompted some to …"
          || p.size() == 1 && c.t.is(head, WordClass.QUANT) && c.t.lower(head);
      default -> false;
    };
  }

  /** A verb (or "be") that the object follows: "led", "prompting", "urged", "was". */
  private static boolean governs(SentenceContext c, int k) {
    return c.t.type(k) == TokenType.WORD && c.t.lower(k)
        && (!c.t.isAny(k, Words.FUNCTION) || c.t.is(k, WordClass.COPULA)) && !Words.nounish(c.t, k)
        || c.t.is(k, WordClass.CUE);
  }
}
