package io.github.quotable;

/**
 * The word lists the extractor reads. Each is a resource file of one entry a line ({@code #}
 * starts a comment); {@link QuoteExtractor.Builder#addEntries} and
 * {@link QuoteExtractor.Builder#replaceEntries} take lines in the same form.
 */
public enum Lexicon {
  /**
   * Verbs that attribute content: {@code lemma KIND frames [forms]}, for example
   * {@code snarl SPEECH clause,quote}. KIND is SPEECH, THOUGHT or EVIDENCE; frames say what the
   * verb takes as content ({@code clause}, {@code that}, {@code quote}, {@code to},
   * {@code object}, {@code tell}, {@code of}, {@code call}, {@code wh}); forms list irregular
   * inflections ({@code told,tells,telling}); regular ones are generated. A verb with fixed
   * words after it is joined to them by {@code ~} and is a cue only with them:
   * {@code make~it~clear SPEECH that made,makes,making}.
   */
  CUE_VERBS("cue-verbs.txt"),
  /**
   * Nouns that attribute content to their possessor: {@code noun KIND frames}, for example
   * {@code claim SPEECH that} ("Hale's claim that …") or {@code view THOUGHT that,view} ("in
   * her view, …"); frames are {@code that}, {@code to} and {@code view}.
   */
  CUE_NOUNS("cue-nouns.txt"),
  /**
   * Adjectives that attribute content after "is", "feels", "remains": {@code adjective KIND
   * frames}, for example {@code afraid THOUGHT that,about}; frames are {@code that}, {@code to}
   * and {@code about}.
   */
  CUE_ADJECTIVES("cue-adjectives.txt"),
  /** Titles and offices written before names ({@code Prime Minister}, {@code Sen. = Senator}). */
  TITLES("titles.txt"),
  /** Courtesy titles that are not roles ({@code Mrs. = FEMALE}). */
  HONORIFICS("honorifics.txt"),
  /** Nouns naming a role or job ({@code spokesman spokesmen = MALE}). */
  ROLE_NOUNS("role-nouns.txt"),
  /** Head words of organisation names ({@code Ministry}, {@code Watch}). */
  ORGANISATION_WORDS("organisation-words.txt"),
  /** Nouns naming a communication or document ({@code statement = MEDIUM}, {@code poll}). */
  WORK_NOUNS("work-nouns.txt"),
  /** Adjectives of nationality or place that begin roles ({@code Iraqi}). */
  DEMONYMS("demonyms.txt"),
  /** News agencies and media, a common kind of source ({@code Associated Press}). */
  NEWS_AGENCIES("news-agencies.txt"),
  /** Given names and the gender they usually mark ({@code Amir = MALE}). */
  FIRST_NAMES("first-names.txt"),
  /** Pronouns that can stand for a speaker: {@code pronoun GENDER NUMBER}. */
  PRONOUNS("pronouns.txt"),
  /** Abbreviations whose period does not end a sentence ({@code Sen.}, {@code U.S. = END}). */
  ABBREVIATIONS("abbreviations.txt");

  private final String resource;

  Lexicon(String resource) {
    this.resource = resource;
  }

  /**
   * Returns the name of the resource file holding the default entries.
   *
   * @return a file name in the package {@code io/github/quotable/lexicon}
   */
  public String resource() {
    return resource;
  }
}
