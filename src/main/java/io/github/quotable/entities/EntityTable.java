package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entities of one document and where each is mentioned, in token order: what alias
 * clustering matches new names against and what pronouns are resolved against.
 */
final class EntityTable {
  private final Tokens t;
  final List<Entity> entities = new ArrayList<>();
  private final Map<Entity, List<ImmutableList<String>>> aliases = new HashMap<>();
  private final Entity[] atToken;
  /** Mention events: at each token, the entities mentioned there in the order recorded. */
  private final TreeMap<Integer, List<Entity>> events = new TreeMap<>();
  private final EntityIndex index = new EntityIndex();

  EntityTable(Tokens t) {
    this.t = t;
    this.atToken = new Entity[t.size()];
  }

  /** The named entity this key refers to, the most recently mentioned if several; or null. */
  Entity find(ImmutableList<String> key, io.github.quotable.lexicon.Gender gender) {
    // the latest mentioned of the matching entities, the last created among equals; only the
    // index's candidates can match a non-empty key
    Entity best = null;
    for (List<Entity> candidates : key.isEmpty() ? List.of(entities) : index.candidates(key)) {
      for (Entity e : candidates) {
        if (!e.named() || !e.gender.agrees(gender) || !matches(e, key)) {
          continue;
        }
        if (best == null || e.lastToken > best.lastToken
            || e.lastToken == best.lastToken && e.order > best.order) {
          best = e;
        }
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
    e.order = entities.size();
    entities.add(e);
    index.add(e);
    return e;
  }

  /** Gives the entity a fuller name ({@link Entity#rename}), keeping the index up to date. */
  void rename(Entity e, String fuller, ImmutableList<String> fullerKey) {
    ImmutableList<String> old = e.key();
    e.rename(fuller, fullerKey);
    if (e.key() != old) {
      index.rekey(e, old);
    }
  }

  void alias(Entity e, ImmutableList<String> key) {
    aliases.computeIfAbsent(e, x -> new ArrayList<>()).add(key);
    index.alias(e, key);
  }

  /** The entities whose key is exactly this one, in order of creation. */
  List<Entity> withKey(ImmutableList<String> key) {
    return index.withKey(key);
  }

  /** Records that tokens [first, end) mention the entity. */
  void mention(Entity e, int first, int end) {
    if (atToken[first] == e) {
      return;
    }
    e.addMention(t.start(first), t.end(end - 1), first);
    for (int i = first; i < end; i++) {
      atToken[i] = e;
    }
    events.computeIfAbsent(first, x -> new ArrayList<>(1)).add(e);
  }

  /** The entity a token was found to mention, or null. */
  Entity at(int token) {
    return atToken[token];
  }

  /** Entities mentioned before token i, most recent first (up to {@code max}). */
  List<Entity> before(int i, int max) {
    List<Entity> out = new ArrayList<>();
    for (List<Entity> at : events.headMap(i, false).descendingMap().values()) {
      for (int k = at.size() - 1; k >= 0 && out.size() < max; k--) {
        out.add(at.get(k));
      }
      if (out.size() >= max) {
        break;
      }
    }
    return out;
  }

  /** The token of the latest mention of the entity before token i, or -1. */
  int tokenBefore(int i, Entity e) {
    for (var at : events.headMap(i, false).descendingMap().entrySet()) {
      if (at.getValue().contains(e)) {
        return at.getKey();
      }
    }
    return -1;
  }
}
