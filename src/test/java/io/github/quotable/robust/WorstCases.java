package io.github.quotable.robust;

import java.util.Random;

/**
 * Inputs built to be as hard as possible for each stage: many or deeply nested marks, huge
 * articles, lines without a break, one sentence with thousands of cues, thousands of speakers.
 * Each is deterministic for its size.
 */
final class WorstCases {
  private WorstCases() {}

  private static final String[] QUOTED = {"“a”", "‘b’", "\"c\"", "'d'", "«e»", "„f“", "”g“",
      "‹h›", "``i''", "’j‘", "“k", "l”", "\"", "'", "’s", "s’"};

  /** Text with {@code marks} quotation marks of every style, paired, reversed and stray. */
  static String quotationMarks(int marks) {
    Random r = new Random(marks);
    StringBuilder sb = new StringBuilder(marks * 3);
    for (int n = 0; n < marks; ) {
      String q = QUOTED[r.nextInt(QUOTED.length)];
      sb.append(q).append(r.nextInt(12) == 0 ? ".\n" : " ");
      for (int i = 0; i < q.length(); i++) {
        n += "“”‘’\"'«»„‹›`".indexOf(q.charAt(i)) >= 0 ? 1 : 0;
      }
    }
    return sb.toString();
  }

  /** An article of about {@code chars} characters: the sample article again and again, each
   * copy adding a speaker of its own, so names and entities grow with it. */
  static String article(int chars) {
    String sample = FuzzInputs.sampleArticle();
    StringBuilder sb = new StringBuilder(chars + sample.length());
    for (int copy = 0; sb.length() < chars; copy++) {
      sb.append(sample).append("\n\n“We have seen copy ").append(copy).append(",” said ")
          .append(name(copy)).append(" Okafor, a spokeswoman for ").append(name(copy + 7))
          .append(" Holdings.\n\n");
    }
    return sb.toString();
  }

  /** One line of {@code chars} characters without a space: words, marks and dots glued. */
  static String lineWithoutSpaces(int chars) {
    String unit = "abc.Def,“x”—y’s…U.S.9,000'q'(r)-«s»";
    return unit.repeat(chars / unit.length() + 1).substring(0, chars);
  }

  /**
   * One word of abbreviation dots as long as the text ("U.S.U.S.…"), as text mangled by a
   * copy that lost its spaces gives: each dot is read with the few chars before it.
   */
  static String dottedWord(int chars) {
    return ("He said the " + "U.S.".repeat(chars / 4 + 1)).substring(0, chars);
  }

  /** {@code depth} opening marks, alternating double and single, a word, then the closers. */
  static String nestedMarks(int depth) {
    StringBuilder sb = new StringBuilder("He said ");
    for (int i = 0; i < depth; i++) {
      sb.append(i % 2 == 0 ? "“" : "‘");
    }
    sb.append("deep");
    for (int i = depth - 1; i >= 0; i--) {
      sb.append(i % 2 == 0 ? "”" : "’");
    }
    return sb.append(" and left.").toString();
  }

  /** {@code depth} opening marks that never close, then an article. */
  static String unclosedNest(int depth) {
    return "“‘".repeat(depth / 2) + " " + article(20_000);
  }

  /** A long article whose first character opens a quotation never closed. */
  static String unclosedAtStart(int chars) {
    return "“" + article(chars);
  }

  /** One sentence of {@code n} attribution cues and no full stop. */
  static String oneSentenceOfCues(int n) {
    String[] parts = {"according to Smith, ", "he said ", "“yes,” said Lee, ", "told them that ",
        "Ann Lee: “no” ", "— Smith "};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(parts[i % parts.length]);
    }
    return sb.toString();
  }

  /** {@code n} quotations of one speaker. */
  static String oneSpeakerManyQuotes(int n) {
    return "Mayor Ann Lee spoke.\n\n" + "“Yes,” Lee said. “No,” she said. ".repeat(n / 2);
  }

  /** {@code n} quotations, each by a speaker of its own with the same surname. */
  static String manySpeakers(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("“Yes,” said ").append(name(i)).append(" Smith. “Indeed,” the spokesman ")
          .append(name(i)).append(" said in a statement.\n");
    }
    return sb.toString();
  }

  /** {@code n} single opening marks, then {@code n} double closing marks, in one paragraph. */
  static String singleOpenersThenDoubleClosers(int n) {
    return "‘a ".repeat(n) + "b” ".repeat(n);
  }

  /** A run of {@code n} capitalised words before a cue, in one sentence. */
  static String capitalisedRun(int n) {
    return "Abc Def ".repeat(n / 2) + "said “yes.”";
  }

  /**
   * A headline in title case of {@code n} capitalised abbreviations and no verb, then a
   * sentence that names one: the headline's names are looked up in what the text names.
   */
  static String titleCaseHeadline(int n) {
    return "U.N. ".repeat(n) + "\n\nU.N. officials said “yes.”";
  }

  /**
   * {@code n} times "they said" with no full stop: each pronoun is resolved by what precedes
   * it, which in one sentence is thousands of mentions.
   */
  static String pronounsWithoutStops(int n) {
    return "Ann Lowe spoke. " + "they said ".repeat(n);
  }

  /**
   * {@code n} labels in capitals ("KERR: …") in one paragraph that opens with a sentence of
   * its own: whether a label is the article's only one is asked of each.
   */
  static String labelsInsideAParagraph(int n) {
    return "The long opening sentence of this paragraph runs on for a good many words. "
        + "KERR: We said that it rained. ".repeat(n);
  }

  /** A distinct capitalised name for each number: Ba, Bb, ..., Cba, ... */
  private static String name(int i) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    sb.append('b');
    return Character.toUpperCase(sb.charAt(sb.length() - 1)) + sb.substring(0,
        sb.length() - 1);
  }
}
