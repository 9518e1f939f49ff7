package io.github.quotable;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Someone (or something) the article attributes content to, gathered from all of its mentions.
 *
 * <p>"Iranian Defence Minister Brigadier-General Reza Karimi", "Karimi" and "he" make one speaker
 * named {@code Reza Karimi} with the roles {@code [Iranian Defence Minister, Brigadier-General]}.
 *
 * @param name the fullest name the article gives; for a speaker it only describes, that
 *     description ("an Iraqi military spokesman")
 * @param kind person, organisation, group or document
 * @param named false when the article never names the speaker, only describes it
 * @param roles titles, offices, jobs and affiliations the article gives the speaker, in order of
 *     first appearance
 * @param mentions every expression in the article found to refer to the speaker, in text order
 */
public record Speaker(String name, SpeakerKind kind, boolean named, ImmutableList<String> roles,
    ImmutableList<Span> mentions) {

  /**
   * Creates a speaker; the library makes these, a caller needs to only in tests.
   *
   * @param name the fullest name the article gives, or the description of an unnamed speaker
   * @param kind person, organisation, group or document
   * @param named false when the article never names the speaker
   * @param roles the speaker's titles, offices, jobs and affiliations
   * @param mentions every expression found to refer to the speaker, in text order
   * @throws NullPointerException if a component is null
   */
  public Speaker {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(roles, "roles");
    checkNotNull(mentions, "mentions");
  }

  /** Returns the name, kind and roles: {@code Reza Karimi (PERSON) [Iranian Defence Minister]}. */
  @Override
  public String toString() {
    return name + " (" + kind + (named ? "" : ", unnamed") + ")"
        + (roles.isEmpty() ? "" : " " + roles);
  }
}
