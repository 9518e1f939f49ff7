package io.github.quotable.entities;

import io.github.quotable.attribution.Attribution;
import io.github.quotable.document.Document;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties every attribution to the entity that speaks it: names are clustered over the whole
 * article first (with their roles), then each source phrase is resolved in text order, so a
 * pronoun sees every speaker before it.
 */
public final class EntityResolver {
  private EntityResolver() {}

  /** The speaking entity of each attribution that has one. */
  public static Map<Attribution, Entity> resolve(Document doc, List<Attribution> attributions) {
    NounPhrases np = new NounPhrases(doc.tokens());
    EntityTable table = new EntityTable(doc.tokens());
    RoleReader roles = new RoleReader(doc.tokens(), doc.vocabulary(), np);
    new NameScanner(doc, np, table, roles).scan();
    SourceResolver sources = new SourceResolver(doc, np, table, roles);
    Map<Attribution, Entity> speakers = new IdentityHashMap<>();
    for (Attribution a : attributions) {
      Attribution owner = a.sourceOwner();
      Entity e = null;
      if (owner == a) {
        Phrase p = a.source();
        e = sources.resolve(p, a.first());
        if (e != null && p.hasAppositive()) {
          appositiveRoles(doc, roles, p, e);
        }
      } else if (owner != null) {
        e = speakers.get(owner);
      }
      if (e != null) {
        speakers.put(a, e);
        for (int k = a.mediumFirst(); k >= 0 && k < a.mediumEnd(); k++) {
          if (doc.tokens().is(k, io.github.quotable.lexicon.WordClass.WORK)) {
            sources.issued(k, e);
          }
        }
      }
    }
    return speakers;
  }

  private static void appositiveRoles(Document doc, RoleReader roles, Phrase p, Entity e) {
    if (p.kind() != Phrase.Kind.NOMINAL || doc.tokens().is(p.apposFirst(), "who")) {
      return;
    }
    List<String> found = new java.util.ArrayList<>();
    roles.coordinated(p.apposFirst(), p.apposEnd(), found);
    found.forEach(e::addRole);
  }
}
