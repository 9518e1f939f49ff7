package io.github.quotable.entities;

import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.List;

/**
 * Reads the roles the article gives a name: titles before it ("Iranian Defence Minister
 * Brigadier-General Reza Karimi"), an appositive after it ("Lina Haddad, deputy director at
 * the Rights Watchdog,"), one before it ("the Republican nominee, Tom Hale"), a party label
 * ("(R-Utah)"), and "Representative Ann Reyes of New York".
 */
final class RoleReader {
  private static final int MAX_APPOSITIVE = 16;
  private final Tokens t;
  private final Vocabulary vocabulary;
  private final NounPhrases np;

  RoleReader(Tokens t, Vocabulary vocabulary, NounPhrases np) {
    this.t = t;
    this.vocabulary = vocabulary;
    this.np = np;
  }

  /**
   * Adds to {@code out} the roles around a name whose run is [runFirst, end) and whose core
   * starts at coreFirst.
   */
  void roles(int runFirst, int coreFirst, int end, int limit, int sentenceEnd,
      List<String> out) {
    int prefixFirst = lowerCasePrefix(runFirst, limit);
    titles(prefixFirst, coreFirst, out);
    placeOfTitle(prefixFirst, coreFirst, end, sentenceEnd, out);
    end = postNominals(end, sentenceEnd, out);
    CounselSide.read(t, prefixFirst, end, limit, sentenceEnd, out);
    appositiveAfter(end, sentenceEnd, out);
    if (end >= t.size() || t.type(end) != TokenType.POSSESSIVE) {
      // not "Dr. Theresa Tam, Canada's chief public health officer": the phrase before is
      // the whole appositive's, not the possessor's
      appositiveBefore(prefixFirst, end, limit, out);
    }
    partyLabel(end, sentenceEnd, out);
  }

  /** "Jane Reed KC", "Tom Hale MP": the letters after a name are roles; returns their end. */
  private int postNominals(int end, int sentenceEnd, List<String> out) {
    int k = end;
    while (k < sentenceEnd && t.depth(k) == 0 && Words.postNominal(t, k)) {
      out.add(t.string(k));
      k++;
    }
    return k;
  }

  /** Lower-case role words before a name: "former secretary of state", "retired general". */
  private int lowerCasePrefix(int runFirst, int limit) {
    if (runFirst - 1 < limit || !isRoleHead(runFirst - 1)) {
      return runFirst;
    }
    int k = runFirst - 1;
    while (k - 1 >= limit && t.depth(k - 1) == 0 && (Words.nounish(t, k - 1)
        && !t.is(k - 1, WordClass.CUE) || t.is(k - 1, "of") && k - 2 >= limit
        && Words.nounish(t, k - 2) && isRoleHead(k - 2))) {
      // "chief of staff Ann Lowe", not "the words of opposition leader Tom Hale"
      k--;
    }
    return k;
  }

  private boolean isRoleHead(int i) {
    return t.depth(i) == 0 && (Words.role(t, i) || t.is(i, WordClass.TITLE));
  }

  /** Splits the title prefix into roles after each title word followed by another title. */
  private void titles(int from, int to, List<String> out) {
    int start = from;
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.HONORIFIC)) {
        add(start, k, out);
        start = k + 1;
        continue;
      }
      int n = vocabulary.phrase(WordClass.TITLE, t, k, t.word(k));
      // "Republican Senator", like "Iranian Defence Minister": a party's adjective qualifies
      // the title after it and heads no role of its own
      boolean head = n > 0 || t.is(k, WordClass.ROLE) && !t.is(k, WordClass.DEMONYM);
      int after = k + Math.max(n, 1);
      if (head && after < to && startsRole(after) && !modifies(k, after)) {
        addIfRole(start, after, out);
        start = after;
      }
      if (n > 1) {
        k = after - 1;
      }
    }
    addIfRole(start, to, out);
  }

  /**
   * Whether the title word at k qualifies the title at {@code after} rather than ending one:
   * "deputy leader", "Detective Inspector", "Chief Superintendent", "Vice Admiral", "Justice
   * Minister".
   */
  private boolean modifies(int k, int after) {
    return after == k + 1 && (t.lower(k) && t.lower(after) || MODIFIERS.hasLower(t, k)
        || PORTFOLIO_HEADS.hasLower(t, after)); // "Justice Minister", "Labour spokesman"
  }

  /** Offices named by the portfolio or body before them. */
  private static final WordSet PORTFOLIO_HEADS = WordSet.of("minister", "secretary",
      "commissioner", "spokesman", "spokeswoman", "spokesperson", "critic");

  private static final WordSet MODIFIERS = WordSet.of("deputy", "detective",
      "det", "det.", "chief", "ch", "vice", "acting", "assistant", "associate", "senior",
      "principal", "junior", "interim", "lieutenant", "lt.", "lt");

  private void addIfRole(int from, int to, List<String> out) {
    if (hasRoleWord(from, to)) {
      add(from, to, out);
    }
  }

  private boolean startsRole(int k) {
    return t.is(k, WordClass.HONORIFIC) || t.is(k, WordClass.DEMONYM)
        || vocabulary.phrase(WordClass.TITLE, t, k, t.word(k)) > 0;
  }

  /** "Rep. Ann Reyes of New York" gives "Representative of New York". */
  private void placeOfTitle(int from, int core, int end, int sentenceEnd, List<String> out) {
    if (end + 1 >= sentenceEnd || !t.is(end, "of") || !Words.nameWord(t, end + 1)
        || from >= core) {
      return;
    }
    int k = end + 1;
    while (k < sentenceEnd && Words.nameWord(t, k)) {
      k++;
    }
    int title = core - 1;
    while (title > from && !t.is(title, WordClass.TITLE)) {
      title--;
    }
    if (!t.is(title, WordClass.TITLE)) {
      return;
    }
    String word = t.string(title);
    String expanded = vocabulary.expansion(word);
    out.add((expanded == null ? word : expanded) + " of " + t.string(end + 1, k));
  }

  /**
   * "NAME, an Iraqi judge and Justice Ministry spokesman,"; after an age too: "NAME, 45, a
   * teacher from Dunmore,".
   */
  private void appositiveAfter(int end, int sentenceEnd, List<String> out) {
    if (end + 1 >= sentenceEnd || !Words.comma(t, end)) {
      return;
    }
    if (age(end + 1, sentenceEnd)) {
      if (!startsDescription(end + 3, sentenceEnd)) {
        return; // "Ann Reid, 71, voted for him": the name is the subject of what follows
      }
      end += 2; // "Ann Reid, 71, a retired nurse,": the age is no role, the appositive after is
    }
    if (t.is(end + 1, "who") && end + 2 < sentenceEnd) {
      relativeRole(end + 2, sentenceEnd, out);
      return;
    }
    int to = end + 1;
    while (to < sentenceEnd && to - end <= MAX_APPOSITIVE && t.depth(to) == 0
        && !Words.comma(t, to) && !Words.terminal(t, to) && !t.is(to, WordClass.REL)
        && !(t.is(to, WordClass.CUE) && !Words.role(t, to))) {
      if (clauseWord(to)) {
        return;
      }
      to++;
    }
    if (to - end > MAX_APPOSITIVE || to >= sentenceEnd || participial(end + 1)
        || t.depth(to) == 0 && np.verbLike(to)) {
      // "Writing on Facebook, the club's owner said": the phrase is the verb's subject
      return;
    }
    if (nameBetweenCommas(to, sentenceEnd)) {
      return; // "a letter to Ann Hume, the RAC's head of policy, Simon Ward, wrote": Ward's
    }
    if (affiliation(end + 1, to)) {
      add(end + 2, to, out); // "Amy Ford, of Kent Police," gives "Kent Police"
    } else if (hasRoleWord(end + 1, to)) {
      coordinated(end + 1, to, out);
    } else if (describesPerson(end + 1, to)) {
      add(end + 1, to, out); // "Priya Raman, an epidemiologist at Northfield University,"
    }
    if (to + 1 < sentenceEnd && t.is(to, "who")) {
      relativeRole(to + 1, sentenceEnd, out);
    }
  }

  /**
   * "of Kent Police", "from the Environment Agency": an appositive naming the body a person
   * belongs to, not a place ("of Leeds").
   */
  private boolean affiliation(int from, int to) {
    if (!(t.is(from, "of") || t.is(from, "from")) || to - from < 2) {
      return false;
    }
    int k = t.is(from + 1, "the") ? from + 2 : from + 1;
    if (k >= to || !t.cap(k)) {
      return false;
    }
    for (; k < to; k++) {
      if (t.cap(k) && (t.is(k, WordClass.ORG) || Words.role(t, k))) {
        return true;
      }
    }
    return false;
  }

  /** An age between commas after a name: "Ann Reid, 71, said". */
  private boolean age(int k, int sentenceEnd) {
    return k + 2 < sentenceEnd && t.type(k) == TokenType.NUMBER && t.end(k) - t.start(k) <= 3
        && Words.comma(t, k + 1);
  }

  /**
   * Whether the words from k describe a person, as an appositive after an age does: an article
   * ("a retired nurse"), a capitalised word ("Navy veteran") or a phrase ending in a role noun
   * ("retired teacher"), not a verb's predicate ("voted for him", "faces a charge").
   */
  private boolean startsDescription(int k, int sentenceEnd) {
    if (t.is(k, "a") || t.is(k, "an") || t.is(k, "the") || t.cap(k)) {
      return true;
    }
    int to = k;
    while (to < sentenceEnd && to - k < 4 && t.depth(to) == 0 && !Words.comma(t, to)
        && !Words.terminal(t, to)) {
      to++;
    }
    return to > k && t.lower(k) && !t.is(k, WordClass.CONJ)
        && t.is(to - 1, WordClass.ROLE) && (to == sentenceEnd || Words.comma(t, to));
  }

  /**
   * An appositive that reads as a description of a person although no role noun is known:
   * "a" or "an", a few lower-case words, and perhaps "at" or "of" and a name.
   */
  private boolean describesPerson(int from, int to) {
    if (to - from < 2 || to - from > 10 || !(t.is(from, "a") || t.is(from, "an"))) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!(t.lower(k) && Words.nounish(t, k) || t.is(k, "at") || t.is(k, "of")
          || t.is(k, "for") || Words.nameWord(t, k) && k > from + 2)) {
        return false;
      }
    }
    return t.lower(from + 1);
  }

  /** A verb that makes a clause of what follows a name: "NAME, the administration has …". */
  private boolean clauseWord(int k) {
    return t.type(k) != TokenType.POSSESSIVE
        && (t.is(k, WordClass.AUX) || t.is(k, WordClass.MODAL) || t.is(k, WordClass.COPULA)
            || t.is(k, WordClass.SUBJ));
  }

  /** "including the AFL-CIO", "speaking on condition …": no role. */
  boolean participial(int k) {
    return t.lower(k) && t.word(k) == null && (endsWith(k, "ing") || endsWith(k, "ly"))
        || t.is(k, "including");
  }

  /** Whether the token ends with the suffix, read in the text (no string made of the token). */
  private boolean endsWith(int token, String suffix) {
    int from = t.end(token) - suffix.length();
    return from >= t.start(token) && t.text().startsWith(suffix, from);
  }

  /** Verbs whose relative clause tells what a person does ("who runs the agency"). */
  private static final java.util.Set<String> OCCUPATION_VERBS = java.util.Set.of("works",
      "worked", "serves", "served", "runs", "ran", "heads", "headed", "leads", "led", "chairs",
      "chaired", "directs", "directed", "founded", "represents", "represented", "teaches",
      "taught", "oversees", "oversaw", "manages", "managed", "owns", "owned");

  /**
   * "…, who is the party's treasurer," gives "party's treasurer"; "…, who runs the agency,"
   * gives "runs the agency"; other relative clauses give nothing.
   */
  private void relativeRole(int verb, int sentenceEnd, List<String> out) {
    int to = verb + 1;
    while (to < sentenceEnd && to - verb <= MAX_APPOSITIVE && t.depth(to) == 0
        && !Words.comma(t, to) && !Words.terminal(t, to) && !t.is(to, WordClass.REL)
        && !t.is(to, WordClass.SUB) && !t.is(to, "and")) {
      to++;
    }
    if (to - verb > MAX_APPOSITIVE || to == verb + 1) {
      return;
    }
    String v = t.string(verb).toLowerCase(java.util.Locale.ROOT);
    if ((v.equals("is") || v.equals("was")) && hasRoleWord(verb + 1, to)) {
      add(verb + 1, to, out);
    } else if (OCCUPATION_VERBS.contains(v)) {
      add(verb, to, out);
    }
  }

  /**
   * Whether a comma at i, after a word in lower case, opens a person's name (a given name or an
   * honorific first) that a comma or a verb closes; after a name the name goes on with a place
   * ("a nurse from Brownsville, Texas,"), and a name that is no person's is in apposition to
   * the noun before ("the editor of its newspaper, L'Osservatore Romano, said").
   */
  private boolean nameBetweenCommas(int i, int sentenceEnd) {
    if (!Words.comma(t, i) || i + 1 >= sentenceEnd || !t.lower(i - 1) || !np.nameToken(i + 1)
        || !t.is(i + 1, WordClass.FIRST_NAME) && !t.is(i + 1, WordClass.HONORIFIC)) {
      return false;
    }
    int k = i + 1;
    while (k < sentenceEnd && np.nameToken(k)) {
      k++;
    }
    return k < sentenceEnd && (Words.comma(t, k) || np.verbLike(k));
  }

  /**
   * "the Republican presidential nominee, Tom J. Hale", "An attorney for Pike, Mark
   * MacDougall,"; "according to the Treasury secretary, Jacob Lew, …", where the name between
   * commas is an appositive inside the preposition's object, but not "In his assessment of the
   * governor, Calderon said", where the phrase after the preposition is a fronted adjunct and
   * the name starts the clause.
   */
  private void appositiveBefore(int nameFirst, int nameEnd, int limit, List<String> out) {
    int comma = nameFirst - 1;
    if (comma - 1 < limit || !Words.comma(t, comma)) {
      return;
    }
    int k = comma - 1;
    while (k - 1 >= limit && t.depth(k - 1) == 0 && !Words.comma(t, k - 1)
        && comma - k < MAX_APPOSITIVE) {
      if (Words.nounish(t, k - 1) || Words.nameWord(t, k - 1) || preposition(k - 1)
          || t.type(k - 1) == TokenType.POSSESSIVE
          || Words.ingWord(t, k - 1)) {
        k--; // "Labour's shadow housing minister, Tom Ellery,"
      } else if (t.isAny(k - 1, Words.OPENERS) && k - 2 >= limit && preposition(k - 2)) {
        // "a lawyer for the nurses": the article after the preposition stays inside
        k--;
      } else {
        break;
      }
    }
    if (k + 2 < comma && t.is(k, "according") && t.is(k + 1, "to")) {
      // "According to the company's spokesman, Tom Reed, …": the phrase after "to", when the
      // name closes an appositive
      if (nameEnd < t.size() && Words.comma(t, nameEnd)) {
        addIfRole(k + 2, comma, out);
      }
      return;
    }
    boolean adjunct = k - 2 >= limit && t.is(k - 2, WordClass.PREP)
        && !(nameEnd < t.size() && Words.comma(t, nameEnd));
    if ((k - 1 >= limit && (t.isAny(k - 1, Words.OPENERS) || t.is(k - 1, WordClass.CONJ))
        || k == limit) && !preposition(k) && !adjunct) {
      addIfRole(k, comma, out);
    }
  }

  private boolean preposition(int k) {
    return t.is(k, "of") || t.is(k, "for") || t.is(k, "at") || t.is(k, "to");
  }

  /** "(R-Utah)", "(D-Md.)" */
  private void partyLabel(int end, int sentenceEnd, List<String> out) {
    if (end + 2 >= sentenceEnd || !t.isChar(end, '(')) {
      return;
    }
    int close = end + 1;
    while (close < sentenceEnd && close - end < 5 && !t.isChar(close, ')')) {
      close++;
    }
    if (close < sentenceEnd && t.isChar(close, ')') && np.partyAndState(end + 1)
        && t.end(close - 1) - t.start(end + 1) <= 12) {
      add(end + 1, close, out);
    }
  }

  /** A role phrase, split where "and" joins two roles: "an Iraqi judge and … spokesman". */
  void coordinated(int from, int to, List<String> out) {
    if (!hasRoleWord(from, to)) {
      return;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (t.is(k, "and") && hasRoleWord(from, k) && hasRoleWord(k + 1, to)) {
        add(from, k, out);
        add(k + 1, to, out);
        return;
      }
    }
    add(from, to, out);
  }

  boolean hasRoleWord(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.role(t, k) || t.is(k, WordClass.TITLE)
          || vocabulary.phrase(WordClass.TITLE, t, k, t.word(k)) > 1) {
        return true;
      }
    }
    return false;
  }

  /** Adds the role [from, to) without a leading article or trailing punctuation. */
  void add(int from, int to, List<String> out) {
    while (from < to && (t.isAny(from, Words.OPENERS) && t.is(from, WordClass.DET)
        || t.type(from) == TokenType.PUNCT)) {
      from++;
    }
    while (to > from && (t.type(to - 1) == TokenType.PUNCT && !t.isChar(to - 1, ')')
        || t.type(to - 1) == TokenType.QUOTE)) {
      to--;
    }
    if (from < to && to - from <= MAX_APPOSITIVE) {
      out.add(t.string(from, to));
    }
  }
}
