package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.lexicon.Gender;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Someone or something the article mentions, gathered while reading it: all its mentions, the
 * fullest name, its roles. Mutable while one document is resolved, never shared.
 */
public final class Entity {
  private String name;
  private ImmutableList<String> key;
  SpeakerKind kind;
  boolean named;
  boolean personLikely;
  boolean plural;
  Gender gender = Gender.UNKNOWN;
  private final Map<String, String> roles = new LinkedHashMap<>();
  private final List<int[]> mentions = new ArrayList<>();
  /** The spans of the mentions, one long each: a repeated span is added once. */
  private final Set<Long> mentionSpans = new HashSet<>();
  int lastToken = -1;
  /** Position in the document's list of entities: the order of creation. */
  int order;

  Entity(String name, ImmutableList<String> key, SpeakerKind kind, boolean named) {
    this.name = name;
    this.key = key;
    this.kind = kind;
    this.named = named;
  }

  public String name() {
    return name;
  }

  public SpeakerKind kind() {
    return kind;
  }

  public boolean named() {
    return named;
  }

  /** The roles, in order of first appearance, without case duplicates. */
  public List<String> roles() {
    return new ArrayList<>(roles.values());
  }

  /** Character spans [start, end) of every mention, in the order found. */
  public List<int[]> mentions() {
    return mentions;
  }

  ImmutableList<String> key() {
    return key;
  }

  /** Takes a fuller name ("Barack Obama" after "Obama"). */
  void rename(String fuller, ImmutableList<String> fullerKey) {
    if (fullerKey.size() > key.size()) {
      name = fuller;
      key = fullerKey;
    }
  }

  void addRole(String role) {
    if (role.isEmpty() || role.equalsIgnoreCase(name)) {
      return;
    }
    roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
  }

  void addMention(int start, int end, int token) {
    // one long per span; the low half mixes in the start so that Long.hashCode spreads
    if (!mentionSpans.add((long) start << 32 | (end ^ start * 0x9E3779B9) & 0xFFFFFFFFL)) {
      return;
    }
    mentions.add(new int[] {start, end});
    lastToken = Math.max(lastToken, token);
  }

  void learnGender(Gender g) {
    if (gender == Gender.UNKNOWN && g != Gender.NEUTER) {
      gender = g;
    }
  }

  @Override
  public String toString() {
    return name + " " + kind + " " + roles.values();
  }
}
