package io.github.quotable.lexicon;

import io.github.quotable.QuoteKind;

/**
 * What the lexicons know of one lower-case word form. Built once by {@link Vocabulary} and
 * never changed after, so it is shared freely between threads.
 */
public final class Word {
  private final String form;
  long classes;
  Gender gender = Gender.UNKNOWN;
  boolean plural;
  CueVerb verb;
  CueVerb noun;
  CueVerb adjective;
  int cueForms;
  String expansion;

  Word(String form) {
    this.form = form;
  }

  /** The lower-case form. */
  public String form() {
    return form;
  }

  public boolean is(WordClass c) {
    return (classes & c.bit()) != 0;
  }

  public boolean isAny(long mask) {
    return (classes & mask) != 0;
  }

  public long classes() {
    return classes;
  }

  public Gender gender() {
    return gender;
  }

  /** For pronouns and role nouns: whether the word refers to several. */
  public boolean plural() {
    return plural;
  }

  /** The cue verb this word is a form of, or null. */
  public CueVerb verb() {
    return verb;
  }

  /** The cue-noun entry of this word ("claim"), or null. */
  public CueVerb cueNoun() {
    return noun;
  }

  /** The cue-adjective entry of this word ("afraid"), or null. */
  public CueVerb cueAdjective() {
    return adjective;
  }

  public boolean isForm(CueForm form) {
    return (cueForms & form.bit) != 0;
  }

  public QuoteKind cueKind() {
    return verb == null ? null : verb.kind();
  }

  /** The full form of an abbreviated title ("Senator" for "Sen."), or null. */
  public String expansion() {
    return expansion;
  }

  @Override
  public String toString() {
    return form;
  }
}
