package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one document and where each is mentioned, in token order: what alias
 * clustering matches new names against and what pronouns are resolved against. Lookups go
 * through indexes ({@link NameIndex}, {@link MentionEvents}), so an article of any length is
 * resolved in time about linear in its mentions.
 */
final class EntityTable {
  private final Tokens t;
  final List<Entity> entities = new ArrayList<>();
  private final Map<Entity, List<ImmutableList<String>>> aliases = new HashMap<>();
  private final Entity[] atToken;
  private final Map<Entity, Integer> order = new IdentityHashMap<>();
  private final NameIndex index = new NameIndex();
  private final MentionEvents events = new MentionEvents();

  EntityTable(Tokens t) {
    this.t = t;
    this.atToken = new Entity[t.size()];
  }

  /** The named entity this key refers to, the most recently mentioned if several; or null. */
  Entity find(ImmutableList<String> key, io.github.quotable.lexicon.Gender gender) {
    Entity best = null;
    for (Entity e : index.candidates(key)) {
      if (!e.named() || !e.gender.agrees(gender) || best != null
          && (e.lastToken < best.lastToken || e.lastToken == best.lastToken
              && order.get(e) < order.get(best))) {
        continue;
      }
      if (matches(e, key)) {
        best = e;
      }
    }
    return best;
  }

  private boolean matches(Entity e, ImmutableList<String> key) {
    if (NameKey.isSuffix(key, e.key()) || NameKey.isSuffix(e.key(), key) && e.key().size() > 0
        && !(e.kind == SpeakerKind.ORGANIZATION && e.key().size() == 1 && key.size() > 1)) {
      return true;
    }
    if (key.size() == 1 && NameKey.isAcronymOf(key.get(0), e.key())) {
      return true;
    }
    for (ImmutableList<String> alias : aliases.getOrDefault(e, List.of())) {
      if (alias.equals(key)) {
        return true;
      }
    }
    return false;
  }

  Entity create(String name, ImmutableList<String> key, SpeakerKind kind, boolean named) {
    Entity e = new Entity(name, key, kind, named);
    order.put(e, entities.size());
    entities.add(e);
    index.refresh(e);
    return e;
  }

  void alias(Entity e, ImmutableList<String> key) {
    aliases.computeIfAbsent(e, x -> new ArrayList<>()).add(key);
    index.alias(e, key);
  }

  /** Entities that had this key (they may have been renamed since), oldest first. */
  List<Entity> withKey(ImmutableList<String> key) {
    List<Entity> out = new ArrayList<>(index.withKey(key));
    out.sort(Comparator.comparing(order::get));
    return out;
  }

  /** Records that tokens [first, end) mention the entity. */
  void mention(Entity e, int first, int end) {
    index.refresh(e);
    if (atToken[first] == e) {
      return;
    }
    e.addMention(t.start(first), t.end(end - 1), first);
    for (int i = first; i < end; i++) {
      atToken[i] = e;
    }
    events.add(first, e);
  }

  /** The entity a token was found to mention, or null. */
  Entity at(int token) {
    return atToken[token];
  }

  /** Entities mentioned before token i, most recent first (up to {@code max}). */
  List<Entity> before(int i, int max) {
    return events.before(i, max);
  }

  /** The token of the latest mention of the entity before token i, or -1. */
  int tokenBefore(int i, Entity e) {
    return events.tokenBefore(i, e);
  }
}
