package io.github.quotable.lexicon;

/** Regular English inflections of a verb lemma. */
final class Inflector {
  private Inflector() {}

  static String third(String lemma) {
    if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z")
        || lemma.endsWith("ch") || lemma.endsWith("sh")) {
      return lemma + "es";
    }
    if (endsWithConsonantY(lemma)) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma + "s";
  }

  static String past(String lemma) {
    if (lemma.endsWith("e")) {
      return lemma + "d";
    }
    if (endsWithConsonantY(lemma)) {
      return lemma.substring(0, lemma.length() - 1) + "ied";
    }
    return lemma + "ed";
  }

  static String gerund(String lemma) {
    if (lemma.endsWith("ie")) {
      return lemma.substring(0, lemma.length() - 2) + "ying";
    }
    if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye")
        && !lemma.endsWith("oe")) {
      return lemma.substring(0, lemma.length() - 1) + "ing";
    }
    return lemma + "ing";
  }

  /** Which inflection an irregular form given in the lexicon is. */
  static CueForm classify(String lemma, String form) {
    if (form.endsWith("ing")) {
      return CueForm.GERUND;
    }
    if (form.endsWith("s") && !form.endsWith("ss") && form.length() <= lemma.length() + 2
        && form.startsWith(lemma.substring(0, Math.max(1, lemma.length() - 1)))) {
      return CueForm.THIRD;
    }
    return CueForm.PAST;
  }

  private static boolean endsWithConsonantY(String s) {
    return s.length() > 1 && s.endsWith("y") && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0;
  }
}
