package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import io.github.quotable.QuoteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringTokenizer;

/** Parses lexicon entries into words and phrases; each malformed entry is reported by name. */
final class VocabularyBuilder {

  private final Map<String, Word> words = new LinkedHashMap<>();
  private final Map<WordClass, List<String>> phrases = new EnumMap<>(WordClass.class);
  private final Map<String, String> expansions = new HashMap<>();
  private final List<PhrasalCue> phrasal = new ArrayList<>();
  /** The lexicon being read, to name it in messages. */
  private String current = "grammar";

  void grammar(List<String> entries) {
    for (String e : entries) {
      List<String> parts = words(e);
      check(parts.size() == 2, "grammar", e, "write a word and its classes");
      for (String c : commaFields(parts.get(1))) {
        word(parts.get(0)).classes |= WordClass.valueOf(c).bit();
      }
    }
  }

  void add(Lexicon lexicon, List<String> entries) {
    current = lexicon.name();
    for (String e : entries) {
      switch (lexicon) {
        case CUE_VERBS -> cueVerb(e);
        case CUE_NOUNS -> cueWord(WordClass.CUE_NOUN, lexicon, e);
        case CUE_ADJECTIVES -> cueWord(WordClass.CUE_ADJECTIVE, lexicon, e);
        case TITLES -> phrase(WordClass.TITLE, lexicon, e, true);
        case HONORIFICS -> gendered(WordClass.HONORIFIC, lexicon, e);
        case ROLE_NOUNS -> roleNoun(e);
        case ORGANISATION_WORDS -> phrase(WordClass.ORG, lexicon, e, false);
        case WORK_NOUNS -> workNoun(e);
        case DEMONYMS -> phrase(WordClass.DEMONYM, lexicon, e, false);
        case NEWS_AGENCIES -> phrase(WordClass.AGENCY, lexicon, e, false);
        case FIRST_NAMES -> gendered(WordClass.FIRST_NAME, lexicon, e);
        case PRONOUNS -> pronoun(e);
        case ABBREVIATIONS -> abbreviation(e);
      }
    }
  }

  Vocabulary build() {
    Map<WordClass, PhraseTable> tables = new EnumMap<>(WordClass.class);
    for (WordClass c : phrases.keySet()) {
      tables.put(c, new PhraseTable(phrases.get(c)));
    }
    return new Vocabulary(words, tables, expansions, phrasal);
  }

  private void cueVerb(String e) {
    List<String> parts = words(e);
    check(parts.size() == 3 || parts.size() == 4, "CUE_VERBS", e,
        "write: lemma KIND frames [forms], e.g. 'snarl SPEECH clause,quote'");
    String lemma = parts.get(0).toLowerCase(Locale.ROOT);
    QuoteKind kind = enumValue(QuoteKind.class, parts.get(1), "CUE_VERBS", e);
    int frames = 0;
    for (String f : commaFields(parts.get(2))) {
      frames |= enumValue(Frame.class, f, "CUE_VERBS", e).bit;
    }
    check(frames != 0, "CUE_VERBS", e, "name at least one frame, e.g. 'clause,quote'");
    CueVerb verb = new CueVerb(lemma.replace('~', ' '), kind, frames);
    List<String> tail = List.of(lemma.split("~")); // "make~it~clear": a verb and fixed words
    lemma = tail.get(0);
    tail = tail.subList(1, tail.size());
    Map<CueForm, String> regular = new EnumMap<>(CueForm.class);
    regular.put(CueForm.THIRD, Inflector.third(lemma));
    regular.put(CueForm.PAST, Inflector.past(lemma));
    regular.put(CueForm.GERUND, Inflector.gerund(lemma));
    cueForm(lemma, verb, CueForm.BASE, tail);
    if (parts.size() == 4) {
      for (String form : commaFields(parts.get(3))) {
        CueForm f = Inflector.classify(lemma, form);
        regular.remove(f);
        cueForm(form, verb, f, tail);
      }
    }
    for (Map.Entry<CueForm, String> r : regular.entrySet()) {
      cueForm(r.getValue(), verb, r.getKey(), tail);
    }
  }

  /** A verb form alone, or with its fixed words after it as a phrasal cue. */
  private void cueForm(String form, CueVerb verb, CueForm f, List<String> tail) {
    if (tail.isEmpty()) {
      cueForm(form, verb, f);
      return;
    }
    phrasal.add(new PhrasalCue(form, tail, verb, f)); // no word entry: "making" stays unknown
  }

  /** A cue noun or adjective: {@code word KIND frames}. */
  private void cueWord(WordClass c, Lexicon lexicon, String e) {
    List<String> parts = words(e);
    check(parts.size() == 3, lexicon.name(), e, "write: word KIND frames, e.g. 'claim SPEECH that'");
    QuoteKind kind = enumValue(QuoteKind.class, parts.get(1), lexicon.name(), e);
    int frames = 0;
    for (String f : commaFields(parts.get(2))) {
      frames |= enumValue(Frame.class, f, lexicon.name(), e).bit;
    }
    Word w = word(parts.get(0));
    CueVerb entry = new CueVerb(parts.get(0).toLowerCase(Locale.ROOT), kind, frames);
    if (c == WordClass.CUE_NOUN) {
      w.noun = entry;
    } else {
      w.adjective = entry;
    }
    w.classes |= c.bit();
  }

  private void cueForm(String form, CueVerb verb, CueForm f) {
    Word w = word(form);
    if (w.verb == null || w.verb == verb) {
      w.verb = verb;
      w.cueForms |= f.bit;
      w.classes |= WordClass.CUE.bit();
    }
  }

  private void roleNoun(String e) {
    String[] gender = e.split("=", 2);
    String[] forms = gender[0].split("/", 2);
    String singular = forms[0].trim();
    check(!singular.isEmpty(), "ROLE_NOUNS", e, "write: singular [/ plural] [= MALE|FEMALE]");
    String plural = forms.length > 1 ? forms[1].trim() : pluralOf(singular);
    check(!plural.isEmpty(), "ROLE_NOUNS", e, "write the plural after '/', or leave '/' out");
    Gender g = gender.length > 1 ? enumValue(Gender.class, gender[1].trim(), "ROLE_NOUNS", e)
        : Gender.UNKNOWN;
    Word s = register(WordClass.ROLE, singular);
    Word p = register(WordClass.ROLE_PLURAL, plural);
    if (s != null) {
      s.gender = g;
    }
    if (p != null) {
      p.plural = true;
      p.gender = g;
    }
  }

  private void workNoun(String e) {
    String[] parts = e.split("=", 2);
    check(!parts[0].isBlank(), "WORK_NOUNS", e, "write the noun before '=': noun [= MEDIUM]");
    register(WordClass.WORK, parts[0].trim());
    if (parts.length > 1) {
      check(parts[1].trim().equals("MEDIUM"), "WORK_NOUNS", e, "only '= MEDIUM' may follow");
      register(WordClass.MEDIUM, parts[0].trim());
    }
  }

  private void gendered(WordClass c, Lexicon lexicon, String e) {
    String[] parts = e.split("=", 2);
    check(!parts[0].isBlank(), lexicon.name(), e, "write the word before '='");
    Word w = register(c, parts[0].trim());
    if (parts.length > 1 && w != null) {
      w.gender = enumValue(Gender.class, parts[1].trim(), lexicon.name(), e);
    }
  }

  private void phrase(WordClass c, Lexicon lexicon, String e, boolean expandable) {
    String[] parts = e.split("=", 2);
    check(expandable || parts.length == 1, lexicon.name(), e, "write one entry a line");
    String phrase = parts[0].trim();
    check(!phrase.isEmpty(), lexicon.name(), e, "write the words before '='");
    check(parts.length == 1 || !parts[1].isBlank(), lexicon.name(), e,
        "write the full form after '=', or leave '=' out");
    register(c, phrase);
    if (parts.length > 1) {
      expansions.put(phrase.toLowerCase(Locale.ROOT), parts[1].trim());
    }
  }

  private void pronoun(String e) {
    List<String> parts = words(e);
    check(parts.size() == 3, "PRONOUNS", e, "write: pronoun GENDER NUMBER");
    Word w = word(parts.get(0));
    w.classes |= WordClass.PRONOUN.bit();
    w.gender = enumValue(Gender.class, parts.get(1), "PRONOUNS", e);
    String number = parts.get(2);
    check(List.of("SINGULAR", "PLURAL", "ANY").contains(number), "PRONOUNS", e,
        "NUMBER is SINGULAR, PLURAL or ANY");
    w.plural = number.equals("PLURAL");
  }

  private void abbreviation(String e) {
    String[] parts = e.split("=", 2);
    Word w = word(named("ABBREVIATIONS", e, parts[0]));
    w.classes |= WordClass.ABBREV.bit();
    if (parts.length > 1) {
      check(parts[1].trim().equals("END"), "ABBREVIATIONS", e, "only '= END' may follow");
      w.classes |= WordClass.ABBREV_END.bit();
    }
  }

  /**
   * Adds a one-word entry to the class and returns its word, or a phrase to the class's phrase
   * table (making sure its first word is known, so lookups find where phrases start) and
   * returns null.
   */
  private Word register(WordClass c, String entry) {
    List<String> ws = words(entry);
    check(!ws.isEmpty(), current, entry, "write a word or phrase");
    if (ws.size() == 1) {
      Word w = word(entry);
      w.classes |= c.bit();
      return w;
    }
    List<String> same = phrases.get(c);
    if (same == null) {
      same = new ArrayList<>();
      phrases.put(c, same);
    }
    same.add(entry);
    word(ws.get(0));
    return null;
  }

  private Word word(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    Word w = words.get(lower);
    if (w == null) {
      w = new Word(lower);
      words.put(lower, w);
    }
    return w;
  }

  static String pluralOf(String noun) {
    List<String> ws = words(noun);
    String last = ws.get(ws.size() - 1);
    String plural = Inflector.third(last);
    return ws.size() == 1 ? plural : String.join(" ", ws.subList(0, ws.size() - 1)) + " " + plural;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String lexicon,
      String entry) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("lexicon " + lexicon + ", entry '" + entry + "': '"
          + name + "' is not one of " + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  /** The word or phrase of an entry, trimmed; an empty one is reported. */
  private static String named(String lexicon, String entry, String part) {
    String trimmed = part.trim();
    check(!trimmed.isEmpty(), lexicon, entry, "write the word or phrase itself before '=',"
        + " e.g. 'Jr. = END'");
    return trimmed;
  }

  private static void check(boolean ok, String lexicon, String entry, String fix) {
    if (!ok) {
      throw new IllegalArgumentException("lexicon " + lexicon + ", entry '" + entry + "': " + fix);
    }
  }

  /** The words of an entry, split at white space (the JDK's tokenizer; no regex at start-up). */
  static List<String> words(String s) {
    StringTokenizer st = new StringTokenizer(s);
    List<String> out = new ArrayList<>(4);
    while (st.hasMoreTokens()) {
      out.add(st.nextToken());
    }
    return out;
  }

  /** The fields of a comma-separated list, stripped, empty ones dropped. */
  private static List<String> commaFields(String s) {
    StringTokenizer st = new StringTokenizer(s, ",");
    List<String> out = new ArrayList<>(4);
    while (st.hasMoreTokens()) {
      String f = st.nextToken().strip();
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }
}
