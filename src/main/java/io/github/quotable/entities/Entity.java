package io.github.quotable.entities;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.quotable.SpeakerKind;
import io.github.quotable.lexicon.Gender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Someone or something the article mentions, gathered while reading it: all its mentions, the
 * fullest name, its roles. Mutable while one document is resolved, never shared.
 */
public final class Entity {
  /** The order of creation in its document: 0 for the first entity. */
  final int id;
  private String name;
  private ImmutableList<String> key;
  /** The key {@link NameIndex} last indexed the entity under; null before it is indexed. */
  ImmutableList<String> indexedKey;
  SpeakerKind kind;
  boolean named;
  /** Evidence that a named entity is a person: a known given name, a title, a role. */
  boolean personEvidence;
  /** Some mention holds an organisation word ("Ministry", "Party"). */
  boolean orgWord;
  /** A name of two words or more that is no organisation ("Naureen Jahangir"). */
  boolean fullName;
  /** Mentions where the name reads as a place ("in West Virginia"). */
  int placeMentions;
  /** Mentions that read as a person's ("Hassan said", "Mr. Hassan"). */
  int personMentions;
  boolean plural;
  /** Known as "I", "we" or "you": the writer, a speaker or the reader, whom no "he" means. */
  boolean deictic;
  /** The gender its words mark (a given name, a title, a role noun). */
  Gender gender = Gender.UNKNOWN;
  private int heardMale;
  private int heardFemale;
  /** Roles by lower-case form; made with the first role, as most entities get none. */
  private Map<String, String> roles = Map.of();
  /** The mentions' character spans in the order found, each as start * 2^32 + end. */
  private long[] mentions = new long[4];
  private int mentionCount;
  /**
   * The spans of {@link #mentions} again, by hash (open addressing, 0 for a free slot), to drop
   * a repeated one in constant time; made only once there are many, as most entities have few.
   */
  private long[] mentioned;
  int lastToken = -1;

  Entity(int id, String name, ImmutableList<String> key, SpeakerKind kind, boolean named) {
    this.id = id;
    this.name = oneLine(name);
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

  /** The roles in lower case, in order of first appearance (a view, not a copy). */
  Iterable<String> lowerCaseRoles() {
    return roles.keySet();
  }

  /** How many distinct mentions the entity has. */
  public int mentionCount() {
    return mentionCount;
  }

  /** The first character of the k-th mention, in the order found. */
  public int mentionStart(int k) {
    return (int) (mentions[k] >>> 32);
  }

  /** The character after the k-th mention, in the order found. */
  public int mentionEnd(int k) {
    return (int) mentions[k];
  }

  ImmutableList<String> key() {
    return key;
  }

  /**
   * The words of a name or role read from the text with one space between them: a
   * hard-wrapped article breaks lines inside them ("a local\ncouncillor").
   */
  private static String oneLine(String read) {
    // one pass of plain compares over the chars: CharMatcher's whitespace table for the rare
    // char past ASCII only, where it and the ASCII tests below could differ
    for (int k = 0; k < read.length(); k++) {
      char c = read.charAt(k);
      if (c == ' ' ? k + 1 < read.length() && read.charAt(k + 1) == ' '
          : c >= '\t' && c <= '\r' || c >= 0x80 && CharMatcher.whitespace().matches(c)) {
        return CharMatcher.whitespace().trimAndCollapseFrom(read, ' ');
      }
    }
    return read;
  }

  /** Takes a fuller name ("Marco Ruiz" after "Ruiz"). */
  void rename(String fuller, ImmutableList<String> fullerKey) {
    if (fullerKey.size() > key.size()) {
      name = oneLine(fuller);
      key = fullerKey;
    }
  }

  void addRole(String read) {
    String role = oneLine(read);
    if (role.isEmpty() || role.equalsIgnoreCase(name)) {
      return;
    }
    if (roles.isEmpty()) {
      roles = new LinkedHashMap<>();
    }
    roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
  }

  /**
   * Adds a description that holds shorter roles read from its own words ("official" within
   * "Iran's official news agency"), which it replaces.
   */
  void addDescription(String description) {
    if (!roles.isEmpty()) {
      // a description may repeat a word ("the agency of the state"): a set, not Set.of
      // split at single spaces: a role's key and oneLine's text have no other white space
      ImmutableSet<String> words =
          ImmutableSet.copyOf(oneLine(description).toLowerCase(Locale.ROOT).split(" "));
      for (Iterator<String> r = roles.keySet().iterator(); r.hasNext(); ) {
        if (words.containsAll(Arrays.asList(r.next().split(" ")))) {
          r.remove();
        }
      }
    }
    addRole(description);
  }

  void addMention(int start, int end, int token) {
    long span = (long) start << 32 | end; // never 0: a mention holds a character
    if (!addSpan(span)) {
      return;
    }
    if (mentionCount == mentions.length) {
      mentions = Arrays.copyOf(mentions, mentionCount * 2);
    }
    mentions[mentionCount++] = span;
    lastToken = Math.max(lastToken, token);
  }

  /** Whether the span is new; a new one is indexed, if the index is made. */
  private boolean addSpan(long span) {
    if (mentioned == null) {
      for (int k = 0; k < mentionCount; k++) {
        if (mentions[k] == span) {
          return false;
        }
      }
      if (mentionCount < 16) {
        return true;
      }
      mentioned = new long[64];
      for (int k = 0; k < mentionCount; k++) {
        index(mentions[k]);
      }
    } else if ((mentionCount + 1) * 2 > mentioned.length) {
      long[] old = mentioned;
      mentioned = new long[old.length * 2];
      for (long m : old) {
        if (m != 0) {
          index(m);
        }
      }
    }
    return index(span);
  }

  /** Puts the span into the index; false if it was there. */
  private boolean index(long span) {
    int mask = mentioned.length - 1;
    for (int i = (int) spanKey(span) & mask; ; i = (i + 1) & mask) {
      if (mentioned[i] == span) {
        return false;
      }
      if (mentioned[i] == 0) {
        mentioned[i] = span;
        return true;
      }
    }
  }

  /**
   * How likely a "he" or "she" can mean this entity, 0 to 1: a described person or a name with
   * a given name, title or role fits; a bare name fits less; a name read as a place hardly.
   */
  double personFit() {
    if (!named) {
      return 1;
    }
    if (placeMentions > personMentions) {
      return 0; // "a shop in Bradford": a place is no "he"
    }
    if (personEvidence) {
      return 1;
    }
    return fullName ? 0.7 : 0.4;
  }

  /** Records that a "he" (or "she") was resolved to this entity: evidence, not proof. */
  void heardAs(Gender g) {
    if (g == Gender.MALE) {
      heardMale++;
    } else if (g == Gender.FEMALE) {
      heardFemale++;
    }
  }

  /** How a gendered pronoun suits the entity by the pronouns already resolved to it. */
  double heardFit(Gender g) {
    int same = g == Gender.MALE ? heardMale : heardFemale;
    int other = g == Gender.MALE ? heardFemale : heardMale;
    return same > other ? 1.2 : other > same ? 0.4 : 1;
  }

  /**
   * start * 2^32 + end, scrambled by a bijection (MurmurHash3's finaliser) so that the hashes
   * of nearby spans, which {@link Long#hashCode} would fold onto few values, spread out.
   */
  private static long spanKey(long span) {
    long k = span;
    k = (k ^ (k >>> 33)) * 0xff51afd7ed558ccdL;
    k = (k ^ (k >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return k ^ (k >>> 33);
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
