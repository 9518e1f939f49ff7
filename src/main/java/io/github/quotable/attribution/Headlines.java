package io.github.quotable.attribution;

import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.text.Sentence;
import java.util.List;

/**
 * The headline convention "Poll: Smith leads in Ohio", "AP: Mayor's aide was paid", "Experts:
 * the bridge is unsafe": in an article's headline, a poll, report or study, a news agency or a
 * plural group before a colon is the source of what follows it.
 */
final class Headlines {
  private Headlines() {}

  /** Whether src, ending at the colon that opens the article's headline, is its source. */
  static boolean reportingLabel(SentenceContext c, Phrase src, int colon) {
    if (!headline(c) || src.end() != colon || colon + 3 > c.s.end()
        || question(c, colon) || cueAfter(c, colon)) {
      return false;
    }
    int head = src.headEnd() - 1;
    return c.t.is(head, WordClass.WORK) && !c.t.lower(src.first())
        || c.t.is(src.first(), WordClass.AGENCY) && src.size() <= 2
        || c.t.is(head, WordClass.ROLE_PLURAL) && src.size() <= 3;
  }

  /**
   * Whether what follows the colon that opens the article's headline is a statement: no
   * question, and no cue verb that names a source of its own.
   */
  static boolean statement(SentenceContext c, int colon) {
    return headline(c) && !question(c, colon) && !cueAfter(c, colon);
  }

  /** The article's first sentence, a paragraph of its own. */
  private static boolean headline(SentenceContext c) {
    Sentence s = c.s;
    if (s.index() != 0) {
      return false;
    }
    List<Sentence> all = c.doc.sentences();
    return all.size() < 2 || all.get(1).paragraph() != s.paragraph();
  }

  /** "Poll: Who will win Ohio?": a question is asked, not reported. */
  private static boolean question(SentenceContext c, int colon) {
    for (int k = colon + 1; k < c.s.end(); k++) {
      if (c.t.isChar(k, '?')) {
        return true;
      }
    }
    return false;
  }

  /** "Poll: voters say the economy matters most": the verb after the colon has the source. */
  private static boolean cueAfter(SentenceContext c, int colon) {
    for (int k = 0; k < c.cues.size(); k++) {
      if (c.cues.get(k).head() > colon) {
        return true;
      }
    }
    return false;
  }
}
