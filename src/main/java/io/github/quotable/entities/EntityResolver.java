package io.github.quotable.entities;

import io.github.quotable.attribution.Attribution;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.Gender;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties every attribution to the entity that speaks it: names are clustered over the whole
 * article first (with their roles), then the sources and the narrative's own "he", "she" and
 * "they" are resolved in text order, so a pronoun sees every speaker and every earlier pronoun
 * before it ("Bell told the paper she would vote for Lind. … she said" stays Bell).
 */
public final class EntityResolver {
  /** Attributions by where their source starts (a class, not a lambda: see the README). */
  private static final Comparator<Attribution> BY_SOURCE = new Comparator<>() {
    @Override
    public int compare(Attribution a, Attribution b) {
      return Integer.compare(a.source().first(), b.source().first());
    }
  };

  private EntityResolver() {}

  /**
   * The speaking entity of each attribution that has one.
   *
   * @param np the document's noun-phrase reader, shared with the earlier stages
   */
  public static Map<Attribution, Entity> resolve(Document doc, NounPhrases np,
      List<Attribution> attributions) {
    Tokens t = doc.tokens();
    EntityTable table = new EntityTable(t);
    RoleReader roles = new RoleReader(t, doc.vocabulary(), np);
    new NameScanner(doc, np, table, roles).scan();
    SourceResolver sources = new SourceResolver(doc, np, table, roles);
    Map<Attribution, Entity> speakers = new IdentityHashMap<>();

    List<Attribution> owners = new ArrayList<>();
    BitSet sourceTokens = new BitSet(t.size());
    for (Attribution a : attributions) {
      if (a.sourceOwner() == a) {
        owners.add(a);
        sourceTokens.set(a.source().first(), a.source().end());
      }
    }
    owners.sort(BY_SOURCE);
    BitSet pronouns = narrativePronouns(t, sourceTokens);
    described(doc, sourceTokens, pronouns);
    Narrative narrative = new Narrative(doc, np, sources, table);
    int next = 0;
    for (Attribution a : owners) {
      next = narrative.resolve(pronouns, next, a.source().first());
      Phrase p = a.source();
      Entity e = sources.resolve(p, a.first(), sources.known(a.addressee()),
          reportedSubject(t, a));
      if (e == null) {
        continue;
      }
      speakers.put(a, e);
      table.spoke(e, p.headFirst(), p.headEnd());
      if (p.hasAppositive()) {
        appositiveRoles(doc, roles, p, e);
      }
      IntroducedRole.attach(doc, table, e, p, Math.min(a.first(), p.first()));
      for (int k = a.mediumFirst(); k >= 0 && k < a.mediumEnd(); k++) {
        if (t.is(k, WordClass.WORK)) {
          sources.issued(k, e);
        }
      }
    }
    for (Attribution a : attributions) {
      Attribution owner = a.sourceOwner();
      if (owner != null && owner != a && speakers.containsKey(owner)) {
        speakers.put(a, speakers.get(owner));
      }
    }
    return speakers;
  }

  /**
   * The gender of "he" or "she" opening reported speech after its source ("the coach said
   * she had …"), who is mostly the speaker; unknown otherwise.
   */
  private static Gender reportedSubject(Tokens t, Attribution a) {
    int k = a.first();
    if (k <= a.source().first() || a.end() - k < 3 || t.depth(k) > 0
        || !t.is(k, WordClass.PRONOUN) || !(t.is(k, "he") || t.is(k, "she"))) {
      return Gender.UNKNOWN;
    }
    return t.word(k).gender();
  }

  /**
   * The subject pronouns of the narrative that are no source: "he", "she" and "they" outside
   * quotations. Found in one scan, apart from their resolution: the compiler compiled the scan
   * with the pronoun resolver and the mention table inlined into it.
   */
  private static BitSet narrativePronouns(Tokens t, BitSet sourceTokens) {
    BitSet pronouns = new BitSet(t.size());
    for (int i = 0; i < t.size(); i++) {
      if (t.depth(i) == 0 && t.is(i, WordClass.PRONOUN) && !sourceTokens.get(i)
          && (t.is(i, "he") || t.is(i, "she") || t.is(i, "they"))) {
        pronouns.set(i);
      }
    }
    return pronouns;
  }

  /**
   * Adds to {@code narrative} the "the" that opens a sentence outside any source ("The Leeds
   * coach was blunt."): a description there may be a person a later "he" means. Only sentence
   * starts are read, not every token.
   */
  private static void described(Document doc, BitSet sourceTokens, BitSet narrative) {
    Tokens t = doc.tokens();
    for (Sentence s : doc.sentences()) {
      int i = s.first();
      if (s.size() > 3 && t.depth(i) == 0 && t.is(i, "the") && !sourceTokens.get(i)) {
        narrative.set(i);
      }
    }
  }

  private static void appositiveRoles(Document doc, RoleReader roles, Phrase p, Entity e) {
    if (p.kind() != Phrase.Kind.NOMINAL || doc.tokens().is(p.apposFirst(), "who")
        || roles.participial(p.apposFirst())) {
      return;
    }
    List<String> found = new ArrayList<>();
    roles.coordinated(p.apposFirst(), p.apposEnd(), found);
    for (String role : found) {
      e.addRole(role);
    }
  }
}
