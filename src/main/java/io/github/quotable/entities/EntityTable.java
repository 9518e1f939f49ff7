package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.lexicon.Gender;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final NameIndex index = new NameIndex();
  private final MentionEvents events;
  private final Salience salience;
  /**
   * The most tokens {@link #salience} reads back, whatever the sentences: eight sentences of
   * news are some two hundred.
   */
  private static final int SALIENCE_TOKENS = 1_000;
  /** Reused by {@link #find}, which is not reentrant. */
  private final List<Entity> candidates = new ArrayList<>();
  /** Reused by {@link #withKey} and {@link #lastWithKey}, whose callers do not nest them. */
  private final List<Entity> keyed = new ArrayList<>();
  private final Positions positions;
  private final KeyWords keyWords;

  EntityTable(Tokens t) {
    this.t = t;
    this.keyWords = new KeyWords(t);
    TableArrays arrays = TableArrays.lend(t.size());
    this.atToken = arrays.atToken;
    this.salience = arrays.salience;
    this.events = new MentionEvents(t.size(), arrays.events);
    this.positions = new Positions(t);
  }

  /** The key of the name in tokens [first, end) (see {@link NameKey#of}). */
  ImmutableList<String> key(int first, int end) {
    return NameKey.of(t, keyWords, first, end);
  }

  /** The named entity this key refers to, the most recently mentioned if several; or null. */
  Entity find(ImmutableList<String> key, Gender gender) {
    Entity best = null;
    List<Entity> candidates = index.candidates(key, this.candidates);
    for (int k = 0; k < candidates.size(); k++) {
      Entity e = candidates.get(k);
      if (!e.named() || !e.gender.agrees(gender) || best != null
          && (e.lastToken < best.lastToken || e.lastToken == best.lastToken
              && e.id < best.id)) {
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
    Entity e = new Entity(entities.size(), name, key, kind, named);
    entities.add(e);
    index.refresh(e);
    return e;
  }

  void alias(Entity e, ImmutableList<String> key) {
    List<ImmutableList<String>> keys = aliases.get(e);
    if (keys == null) {
      keys = new ArrayList<>();
      aliases.put(e, keys);
    }
    keys.add(key);
    index.alias(e, key);
  }

  /**
   * Entities that had this key (they may have been renamed since), in the order they were
   * indexed, which is not always the order of creation (a list reused by the next call).
   */
  List<Entity> withKey(ImmutableList<String> key) {
    return index.withKey(key, keyed);
  }

  /**
   * The last created entity whose key is now exactly {@code key} and that is a group (when
   * {@code group}) or unnamed (otherwise); or null. Found through the index of keys, not by
   * reading every entity: every renaming is indexed by the mention recorded right after it.
   */
  Entity lastWithKey(ImmutableList<String> key, boolean group) {
    Entity last = null;
    List<Entity> withKey = index.everWithKey(key, keyed);
    for (int k = 0; k < withKey.size(); k++) {
      Entity e = withKey.get(k);
      if ((last == null || e.id > last.id) && e.key().equals(key)
          && (group ? e.kind == SpeakerKind.GROUP : !e.named())) {
        last = e;
      }
    }
    return last;
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

  /** Records that tokens [first, end) mention the entity, of the weight given. */
  void mentionWeighted(Entity e, int first, int end, double weight) {
    record(e, first, end, weight);
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
   * summed (Lappin and Leass's salience, simplified), reading no more than {@link
   * #SALIENCE_TOKENS} back (in a text without full stops, one sentence of thousands of
   * pronouns had each read every mention before it). The entities come in the order first met
   * going back. The result is reused by the next call.
   */
  Salience salience(int i, int sentences) {
    Salience out = salience;
    out.clear(entities.size());
    if (i <= 0) {
      return out;
    }
    int ref = t.sentence(Math.min(i, t.size() - 1));
    for (int k = events.previous(i); k >= 0; k = events.previous(k)) {
      int sentence = t.sentence(k);
      int dist = ref - sentence;
      if (dist > sentences || i - k > SALIENCE_TOKENS) {
        break;
      }
      double halving = Math.pow(0.5, Math.max(0, dist));
      for (MentionEvents.Event ev = events.at(k); ev != null; ev = ev.earlier) {
        out.add(ev.entity, ev.weight * halving, sentence);
      }
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
    for (int k = events.previous(i); k >= 0; k = events.previous(k)) {
      for (MentionEvents.Event ev = events.at(k); ev != null; ev = ev.earlier) {
        if (out.size() == max) {
          return out;
        }
        out.add(ev.entity);
      }
    }
    return out;
  }
}
