package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one document and where each is mentioned, in token order: what alias
 * clustering matches new names against and what pronouns are resolved against.
 */
final class EntityTable {
  private final Tokens t;
  final List<Entity> entities = new ArrayList<>();
  private final Map<Entity, List<ImmutableList<String>>> aliases = new HashMap<>();
  private final Entity[] atToken;
  /** Mention events: token index and entity, kept sorted by token. */
  private final List<int[]> events = new ArrayList<>();

  EntityTable(Tokens t) {
    this.t = t;
    this.atToken = new Entity[t.size()];
  }

  /** The named entity this key refers to, the most recently mentioned if several; or null. */
  Entity find(ImmutableList<String> key, io.github.quotable.lexicon.Gender gender) {
    Entity best = null;
    for (Entity e : entities) {
      if (!e.named() || best != null && e.lastToken < best.lastToken
          || !e.gender.agrees(gender)) {
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
    entities.add(e);
    return e;
  }

  void alias(Entity e, ImmutableList<String> key) {
    aliases.computeIfAbsent(e, x -> new ArrayList<>()).add(key);
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
    int[] event = {first, entities.indexOf(e)};
    int pos = events.size();
    while (pos > 0 && events.get(pos - 1)[0] > first) {
      pos--;
    }
    events.add(pos, event);
  }

  /** The entity a token was found to mention, or null. */
  Entity at(int token) {
    return atToken[token];
  }

  /** Entities mentioned before token i, most recent first (up to {@code max}). */
  List<Entity> before(int i, int max) {
    List<Entity> out = new ArrayList<>();
    int pos = events.size() - 1;
    while (pos >= 0 && events.get(pos)[0] >= i) {
      pos--;
    }
    for (; pos >= 0 && out.size() < max; pos--) {
      out.add(entities.get(events.get(pos)[1]));
    }
    return out;
  }

  /** The token of the latest mention of any entity before token i, or -1. */
  int tokenBefore(int i, Entity e) {
    for (int pos = events.size() - 1; pos >= 0; pos--) {
      int[] ev = events.get(pos);
      if (ev[0] < i && entities.get(ev[1]) == e) {
        return ev[0];
      }
    }
    return -1;
  }
}
