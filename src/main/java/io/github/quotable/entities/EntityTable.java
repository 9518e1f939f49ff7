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
  /** Mention events, kept sorted by token. */
  private final List<Event> events = new ArrayList<>();
  private final Positions positions;

  /** A mention of an entity at a token, with its prominence there (see {@link Positions}). */
  private static final class Event {
    final int token;
    final Entity entity;
    double weight;

    Event(int token, Entity entity, double weight) {
      this.token = token;
      this.entity = entity;
      this.weight = weight;
    }
  }

  EntityTable(Tokens t) {
    this.t = t;
    this.atToken = new Entity[t.size()];
    this.positions = new Positions(t);
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

  /** Records that tokens [first, end) mention the entity, weighted by where they stand. */
  void mention(Entity e, int first, int end) {
    record(e, first, end, positions.weight(first, end));
  }

  /**
   * Records that tokens [first, end) mention the entity; {@code runFirst} is where the phrase
   * around them starts (titles included), which decides its position in the sentence.
   */
  void mention(Entity e, int first, int end, int runFirst) {
    record(e, first, end, positions.weight(runFirst, end));
  }

  private void record(Entity e, int first, int end, double weight) {
    if (atToken[first] == e) {
      promote(first, e, weight);
      return;
    }
    e.addMention(t.start(first), t.end(end - 1), first);
    for (int i = first; i < end; i++) {
      atToken[i] = e;
    }
    int pos = events.size();
    while (pos > 0 && events.get(pos - 1).token > first) {
      pos--;
    }
    events.add(pos, new Event(first, e, weight));
  }

  /** Marks the mention of {@code e} at token {@code first} as the source of an attribution. */
  void spoke(Entity e, int first, int end) {
    if (atToken[first] != e) {
      mention(e, first, end);
    }
    promote(first, e, Positions.SOURCE);
  }

  private void promote(int token, Entity e, double weight) {
    for (int pos = events.size() - 1; pos >= 0; pos--) {
      Event ev = events.get(pos);
      if (ev.token == token && ev.entity == e) {
        ev.weight = Math.max(ev.weight, weight);
        return;
      }
    }
  }

  /**
   * How prominent each entity is just before token i: for each of the last {@code sentences}
   * sentences, the weight of its most prominent mention there, halved for each sentence back,
   * summed (Lappin and Leass's salience, simplified).
   */
  Map<Entity, Double> salience(int i, int sentences) {
    Map<Entity, Double> out = new java.util.LinkedHashMap<>();
    if (i <= 0) {
      return out;
    }
    int ref = t.sentence(Math.min(i, t.size() - 1));
    Map<Entity, Integer> lastSentence = new HashMap<>();
    Map<Entity, Double> best = new HashMap<>();
    int pos = events.size() - 1;
    while (pos >= 0 && events.get(pos).token >= i) {
      pos--;
    }
    for (; pos >= 0; pos--) {
      Event ev = events.get(pos);
      int dist = ref - t.sentence(ev.token);
      if (dist > sentences) {
        break;
      }
      double w = ev.weight * Math.pow(0.5, Math.max(0, dist));
      Integer seen = lastSentence.get(ev.entity);
      if (seen != null && seen == t.sentence(ev.token)) {
        double b = best.get(ev.entity);
        if (w > b) {
          out.merge(ev.entity, w - b, Double::sum);
          best.put(ev.entity, w);
        }
        continue;
      }
      lastSentence.put(ev.entity, t.sentence(ev.token));
      best.put(ev.entity, w);
      out.merge(ev.entity, w, Double::sum);
    }
    return out;
  }

  /** The entity a token was found to mention, or null. */
  Entity at(int token) {
    return atToken[token];
  }

  /** Entities mentioned before token i, most recent first (up to {@code max}). */
  List<Entity> before(int i, int max) {
    List<Entity> out = new ArrayList<>();
    int pos = events.size() - 1;
    while (pos >= 0 && events.get(pos).token >= i) {
      pos--;
    }
    for (; pos >= 0 && out.size() < max; pos--) {
      out.add(events.get(pos).entity);
    }
    return out;
  }

}
