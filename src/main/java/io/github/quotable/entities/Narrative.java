package io.github.quotable.entities;

import io.github.quotable.document.Document;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.BitSet;

/**
 * The narrative's own mentions of people outside any source, resolved in text order between
 * the sources: "he", "she" and "they", and a sentence's subject that describes one person by a
 * role ("The Leeds coach was blunt. ‘We were rubbish,’ he said."), so that a later pronoun can
 * mean the person described and not only someone named.
 */
final class Narrative {
  private final Document doc;
  private final Tokens t;
  private final NounPhrases np;
  private final SourceResolver sources;
  private final EntityTable table;

  Narrative(Document doc, NounPhrases np, SourceResolver sources, EntityTable table) {
    this.doc = doc;
    this.t = doc.tokens();
    this.np = np;
    this.sources = sources;
    this.table = table;
  }

  /**
   * Resolves the narrative mentions in tokens [from, to), so that later pronouns can follow
   * the chain; returns {@code to}, or {@code from} if greater.
   */
  int resolve(BitSet mentions, int from, int to) {
    for (int i = mentions.nextSetBit(from); i >= 0 && i < to; i = mentions.nextSetBit(i + 1)) {
      if (t.is(i, WordClass.PRONOUN)) {
        Entity e = sources.pronoun(i, i);
        if (e != null) {
          table.mention(e, i, i + 1);
        }
      } else {
        description(i);
      }
    }
    return Math.max(from, to);
  }

  /**
   * "The Leeds coach was blunt.": a definite description ending in a singular role noun and
   * followed by its verb (see {@link SourceResolver#narrativeRole}); no appositive, which names
   * the person itself.
   */
  private void description(int the) {
    Sentence s = doc.sentences().get(t.sentence(the));
    Phrase p = np.after(the, s.end());
    if (p == null || p.kind() != Phrase.Kind.NOMINAL || p.hasAppositive()
        || p.end() >= s.end()) {
      return;
    }
    int noun = p.end() - 1;
    int verb = p.end();
    if (noun == the || t.type(verb) != TokenType.WORD || !t.lower(verb)
        || t.is(verb, WordClass.PREP) || t.is(verb, WordClass.REL) || table.at(noun) != null) {
      return;
    }
    if (noun == the + 1 && Words.ageNoun(t, noun) && !Words.endsWith(t, noun, "s")) {
      sources.resolve(p); // "The 24-year-old was in tears": an epithet for someone named
    } else if (t.lower(noun) && t.is(noun, WordClass.ROLE)) {
      sources.narrativeRole(p);
    }
  }
}
