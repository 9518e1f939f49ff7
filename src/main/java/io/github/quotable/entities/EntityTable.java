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
  private final Positions positions;

  EntityTable(Tokens t) {
    this.t = t;
    this.atToken = new Entity[t.size()];
    this.positions = new Positions(t);
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
    index.refresh(e);
    if (atToken[first] == e) {
      events.promote(first, e, weight);
      return;
    }
    e.addMention(t.start(first), t.end(end - 1), first);
    for (int i = first; i < end; i++) {
      atToken[i] = e;
    }
    events.add(first, e, weight);
  }

  /** Marks the mention of {@code e} at token {@code first} as the source of an attribution. */
  void spoke(Entity e, int first, int end) {
    if (atToken[first] != e) {
      mention(e, first, end);
    }
    events.promote(first, e, Positions.SOURCE);
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
    for (MentionEvents.Event ev : events.before(i)) {
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
    for (MentionEvents.Event ev : events.before(i)) {
      if (out.size() == max) {
        break;
      }
      out.add(ev.entity);
    }
    return out;
  }
}
