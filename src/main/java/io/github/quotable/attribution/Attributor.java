package io.github.quotable.attribution;

import io.github.quotable.cues.Cue;
import io.github.quotable.cues.CueFinder;
import io.github.quotable.document.Document;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the sieves over every sentence, then gives quotations without a cue their speaker. */
public final class Attributor {
  private static final Comparator<Attribution> BY_FIRST = new Comparator<>() {
    @Override
    public int compare(Attribution a, Attribution b) {
      return Integer.compare(a.first(), b.first());
    }
  };

  private Attributor() {}

  /**
   * The attributions of the document, in text order, with no two contents overlapping.
   *
   * @param np the document's noun-phrase reader, shared with the later stages
   */
  public static List<Attribution> attribute(Document doc, NounPhrases np) {
    Clauses clauses = new Clauses(doc, np);
    CueFinder finder = new CueFinder(doc.tokens());
    List<Attribution> all = new ArrayList<>();
    // one context and one list of cues for all sentences: each sentence's were allocations
    SentenceContext c = new SentenceContext(doc, np, clauses);
    List<Cue> cues = new ArrayList<>();
    int reach = 0; // the end of the contents so far: a transcript turn spans sentences
    for (Sentence s : doc.sentences()) {
      if (s.end() <= reach) {
        continue;
      }
      finder.verbs(s, cues);
      c.start(s, cues);
      // loops by index, here and in the sieves' loops over a sentence's few cues and
      // attributions: run for every sentence, each iterator was a real allocation
      for (int k = 0; k < Sieves.IN_ORDER.size(); k++) {
        Sieves.IN_ORDER.get(k).apply(c);
      }
      c.found.sort(BY_FIRST);
      for (int k = 0; k < c.found.size(); k++) {
        all.add(c.found.get(k));
        reach = Math.max(reach, c.found.get(k).end());
      }
    }
    new OrphanQuotes(doc, np, finder).attribute(all);
    return all;
  }
}
