package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.Gender;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every proper name outside quotations, splits off its titles, and clusters the names
 * into entities ("Iranian Defence Minister Brigadier-General Reza Karimi" and "Karimi" are one),
 * recording the roles found around each mention.
 */
final class NameScanner {
  /** The most words a headline's name is looked up with ("Federal Bureau of Investigation"). */
  private static final int LONGEST_NAME = 8;
  private final Document doc;
  private final Tokens t;
  private final Vocabulary vocabulary;
  private final NounPhrases np;
  private final EntityTable table;
  private final RoleReader roles;
  private final List<Sentence> headlines = new ArrayList<>();
  /** The indexes of the headlines' sentences. */
  private final BitSet headlineIndexes = new BitSet();
  /** See {@link #capitalisedInside()}; null until first asked. */
  private LowerCaseForms capitalisedInside;
  /** See {@link #writtenLower()}; null until first asked. */
  private LowerCaseForms writtenLower;
  private final Positions positions;
  /** The roles read around one name run, reused from run to run. */
  private final List<String> found = new ArrayList<>();

  NameScanner(Document doc, NounPhrases np, EntityTable table, RoleReader roles) {
    this.doc = doc;
    this.t = doc.tokens();
    this.vocabulary = doc.vocabulary();
    this.np = np;
    this.table = table;
    this.roles = roles;
    this.positions = new Positions(t);
  }

  void scan() {
    for (Sentence s : doc.sentences()) {
      if (titleCase(s)) {
        headlines.add(s);
        headlineIndexes.set(s.index());
      }
    }
    for (Sentence s : doc.sentences()) {
      if (!headlineIndexes.get(s.index())) {
        scan(s);
        groupSubjects(s);
      }
    }
    for (Sentence s : headlines) {
      scanHeadline(s);
    }
  }

  /**
   * Finds the name runs of a sentence. Headlines have a loop of their own ({@link
   * #scanHeadline}): one loop for both made the compiled body loop carry the headline's
   * lookups too.
   */
  private void scan(Sentence s) {
    int i = s.first();
    while (i < s.end()) {
      if (!startsName(s, i)) {
        i++;
        continue;
      }
      int j = nameEnd(s, i);
      run(s, i, j);
      i = j;
    }
  }

  /** Finds the name runs of a headline, and takes only the names known from the text. */
  private void scanHeadline(Sentence s) {
    int i = s.first();
    while (i < s.end()) {
      if (!startsName(s, i)) {
        i++;
        continue;
      }
      int j = nameEnd(s, i);
      known(i, j);
      i = j;
    }
  }

  /** Whether a name run starts at token i. */
  private boolean startsName(Sentence s, int i) {
    // a particle without a hyphen, that is no Words.prefixedName, starts no name alone
    return t.depth(i) == 0 && np.nameToken(i) && !modifierForm(i) && !(Words.particle(t, i)
        && !t.has(i, Shape.HYPHEN) && i + 1 < s.end() && !np.nameToken(i + 1));
  }

  /** The end of the name run starting at token i. */
  private int nameEnd(Sentence s, int i) {
    int j = i + 1;
    while (j < s.end() && t.depth(j) == 0 && (np.nameToken(j) && !modifierForm(j)
        || joins(j, s.end()) || nameWithFor(s, i, j))) {
      j++;
    }
    return j;
  }

  /**
   * "for" after a lone capitalised word that opens a subject and is no name of a person:
   * "Transport for London said", "Americans for Prosperity said" name one body; not "thanked
   * Smith for Monday's help", where the word after a verb may be a surname.
   */
  private boolean nameWithFor(Sentence s, int i, int j) {
    if (j != i + 1 || !t.is(j, "for") || !t.lower(j) || j + 1 >= s.end()
        || !Words.nameWord(t, j + 1) || t.is(j + 1, WordClass.TIME)
        || t.is(i, WordClass.FIRST_NAME) || t.has(i, Shape.INITIAL) || Words.role(t, i)) {
      return false;
    }
    boolean known = t.word(i) != null && !t.is(i, WordClass.ORG) && !t.is(i, WordClass.DEMONYM)
        || Words.endsWith(t, i, "ly"); // "Fortunately for Ruiz"
    boolean opens = i == s.first() || t.is(i - 1, "the") || Words.comma(t, i - 1)
        || t.is(i - 1, WordClass.PREP) && !t.is(i - 1, "for");
    return !known && opens && !personMet(j + 1);
  }

  /** Whether the name at token k is that of a person already met ("Bikers for Ruiz"). */
  private boolean personMet(int k) {
    ImmutableList<String> key = table.key(k, k + 1);
    Entity e = key.isEmpty() ? null : table.find(key, Gender.UNKNOWN);
    return e != null && e.kind == SpeakerKind.PERSON;
  }

  /**
   * A headline in title case ("Retired General Reveals 'Demoralizing' Experience"): most of
   * its words are capitalised, so capitals there do not mark names.
   */
  private boolean titleCase(Sentence s) {
    int words = 0;
    int lower = 0;
    int capitalisedFunction = 0;
    for (int i = s.first(); i < s.end(); i++) {
      if (t.type(i) != TokenType.WORD) {
        continue;
      }
      if (t.isAny(i, Words.FUNCTION)) {
        capitalisedFunction += i > s.first() && t.cap(i) && t.depth(i) == 0 ? 1 : 0;
      } else {
        words++;
        lower += t.lower(i) ? 1 : 0;
        if (lower > 1) {
          return false; // read no further: most sentences end here, early
        }
      }
    }
    return lower == 0 && words >= 5 || capitalisedFunction > 0 && lower <= 1 && words >= 4;
  }

  /**
   * A headline's name that the text names too: the known entity is mentioned, and renamed when
   * the headline gives its given name ("John Kasich" for "Kasich"). Title-case words before
   * the name ("Billionaire Mark Cuban") are not taken into it.
   */
  private void known(int first, int end) {
    for (int core = first; core < end; core++) {
      // a name of more words than any name has: a title-case headline of a thousand capitals
      // was tried at every start and every end, each span keyed whole
      for (int stop = Math.min(end, core + LONGEST_NAME); stop > core; stop--) {
        if (knownSpan(first, core, stop)) {
          return;
        }
      }
    }
  }

  private boolean knownSpan(int first, int core, int end) {
    ImmutableList<String> key = table.key(core, end);
    Entity e = key.isEmpty() ? null : table.find(key, Gender.UNKNOWN);
    if (e == null) {
      return false;
    }
    boolean given = t.is(core, WordClass.FIRST_NAME);
    if (key.size() > e.key().size() && !given) {
      return false;
    }
    if (given) {
      e.rename(t.string(core, end), key);
      e.personEvidence = e.kind == SpeakerKind.PERSON;
      e.fullName = true;
      e.learnGender(gender(first, core, end));
    }
    table.mention(e, core, end, first);
    return true;
  }

  /**
   * "Democratic leaders are wary …, but they …": a plural of people as a subject is a group
   * that a later "they" can stand for.
   */
  private void groupSubjects(Sentence s) {
    for (int i = s.first(); i < s.end(); i++) {
      if (t.depth(i) == 0 && t.is(i, WordClass.ROLE_PLURAL) && t.lower(i)
          && !(i + 1 < s.end() && (Words.nounish(t, i + 1) && t.lower(i + 1)
              || t.isAny(i + 1, Words.OPENERS)))) {
        groupSubject(s, i);
      }
    }
  }

  /** The group whose plural noun is token {@code head}, if it is a subject. */
  private void groupSubject(Sentence s, int head) {
    if (table.at(head) != null) {
      return;
    }
    int first = head;
    while (first - 1 >= s.first() && head - first < 3 && t.depth(first - 1) == 0
        && (Words.nounish(t, first - 1) && !t.is(first - 1, WordClass.CUE)
            && (t.word(first - 1) != null || t.has(first - 1, Shape.HYPHEN))
            || np.nameToken(first - 1))) {
      first--;
    }
    double w = positions.weight(first, head + 1);
    if (w != Positions.SUBJECT && w != Positions.EMBEDDED) {
      return;
    }
    String name = t.string(first, head + 1);
    ImmutableList<String> key = groupKey(name);
    Entity e = table.lastWithKey(key, false);
    if (e == null) {
      e = table.create(name, key, SpeakerKind.GROUP, false);
      e.plural = true;
    }
    table.mentionWeighted(e, first, head + 1, w);
  }

  /** The key of a group's name: its words in lower case. */
  private static ImmutableList<String> groupKey(String name) {
    return NameKey.words(name, Set.of());
  }

  /** "Iowa-based", "Los Angeles-area", "Lind-era": a name made an adjective ends a name. */
  private boolean modifierForm(int i) {
    if (!t.has(i, Shape.HYPHEN)) {
      return false; // no hyphen in it (read from the shape: this runs for every name token)
    }
    // the token's chars from the array and their case from the char table, not String's
    // lastIndexOf and Character's Unicode tables, which the compiler inlined at both calls
    int start = t.start(i);
    int end = t.end(i);
    int dash = start;
    for (int k = start + 1; k < end; k++) {
      if (t.charAt(k) == '-') {
        dash = k; // the last
      }
    }
    return dash > start && dash + 1 < end && t.lowerAt(dash + 1) && t.upperAt(start);
  }

  /**
   * "of" or "for" inside an organisation or title ("Bank of England", "Secretary of State"), or
   * after a lone word that is no given name ("Medal of Honor", "University of Texas").
   */
  private boolean joins(int j, int end) {
    if (t.type(j) == TokenType.POSSESSIVE) {
      return peoplesBody(j, end);
    }
    if (t.is(j, "the")) {
      // "Speaker of the House", "Bank of the Philippines"
      return j >= 2 && t.is(j - 1, "of") && j + 1 < end && Words.nameWord(t, j + 1)
          && orgOrTitle(j - 2);
    }
    boolean of = t.is(j, "of");
    if (!of && !t.is(j, "for")) {
      return false;
    }
    if (of && j + 2 < end && t.is(j + 1, "the") && Words.nameWord(t, j + 2)
        && orgOrTitle(j - 1)) {
      return true;
    }
    if (j + 1 >= end || !Words.nameWord(t, j + 1)) {
      return false;
    }
    return orgOrTitle(j - 1) || !of && seatHolder(j - 1)
        || of && (j - 2 < 0 || !np.nameToken(j - 2))
        && !t.is(j - 1, WordClass.FIRST_NAME) && !t.has(j - 1, Shape.INITIAL)
        && !Words.role(t, j - 1);
  }

  /**
   * A possessive inside the name of a body of people: "the Irish Farmers' Association", "the
   * People's Party", "Teachers' Union"; not "Obama's White House" nor "Lord Jones's Trust".
   */
  private boolean peoplesBody(int j, int end) {
    int owner = j - 1;
    if (owner < 0 || j + 1 >= end || !Words.nameWord(t, j + 1) || !t.is(j + 1, WordClass.ORG)
        || !np.nameToken(owner) || t.is(owner, WordClass.FIRST_NAME) || personMet(owner)) {
      return false;
    }
    // "People's", or a plural's bare apostrophe ("Farmers'"); not "Jones's"
    return PEOPLE.has(t, owner)
        || Words.endsWith(t, owner, "s") && t.end(j) - t.start(j) == 1;
  }

  private static final WordSet PEOPLE =
      WordSet.of("People", "Women", "Children", "Men");

  /** "MP", "MSP", "TD": a member of a body in capitals, whose seat follows ("MP for Leeds"). */
  private boolean seatHolder(int k) {
    return t.has(k, Shape.UPPER) && Words.role(t, k);
  }

  private boolean orgOrTitle(int k) {
    return t.is(k, WordClass.ORG) || t.is(k, WordClass.TITLE);
  }

  private void run(Sentence s, int first, int end) {
    while (end - 1 > first && t.is(end - 1, WordClass.TIME) && !Words.modalSurname(t, end - 1)) {
      end--; // "in Florida Friday": the day is no part of the name; "Theresa May" keeps hers
    }
    while (end - 1 > first && Words.postNominal(t, end - 1)) {
      end--; // "Jane Reed KC", "Tom Hale MP": letters after a name are no part of it
    }
    first = afterPositionalCapital(s, first, end);
    if (onlyDescriptive(first, end)) {
      group(first, end, first);
      return;
    }
    if (!isName(s, first, end)) {
      return;
    }
    int core = titlesEnd(first, end);
    boolean orgWord = hasOrganisationWord(core, end);
    if (orgWord) {
      core = organisationStart(first, core);
    } else if (core > first && core < end && t.is(core - 1, WordClass.ORG) && t.cap(core - 1)
        && !hasGivenName(core, end)) {
      core--; // "Police Scotland": an organisation word, not a title, before a place
      orgWord = true;
    }
    if (core >= end) {
      return;
    }
    ImmutableList<String> key = table.key(core, end);
    if (key.isEmpty() || onlyWords(core, end, WordClass.TIME)) {
      return;
    }
    if (onlyDescriptive(core, end) && !t.is(core - 1, WordClass.HONORIFIC)) {
      // not "Mr King", "Ms Bishop": after a courtesy title a role word is a surname
      group(core, end, first);
      return;
    }
    SpeakerKind kind = kind(first, core, end, orgWord);
    Gender gender = gender(first, core, end);
    Entity e = table.find(key, gender);
    if (e == null) {
      e = table.create(t.string(core, end), key, kind, true);
      if (gender == Gender.UNKNOWN && kind == SpeakerKind.PERSON && first == core
          && end - core == 1 && t.is(core, WordClass.FIRST_NAME)) {
        // "said Mary", a given name alone when the person is first met: her pronoun is "she";
        // not later, when "Warren" may be the surname of someone already met
        gender = t.word(core).gender();
      }
    } else {
      if (key.size() > e.key().size()) {
        e.rename(t.string(core, end), key);
      }
      if (kind == SpeakerKind.ORGANIZATION && core < end - 1) {
        e.kind = kind;
      } else if (e.kind == SpeakerKind.ORGANIZATION && !e.orgWord
          && personShape(first, core, end)) {
        // "the Ruiz White House" first, "President Marco Ruiz" later
        e.kind = SpeakerKind.PERSON;
      }
    }
    e.orgWord |= orgWord;
    if (kind == SpeakerKind.PERSON) {
      e.personEvidence |= personShape(first, core, end);
      e.fullName |= key.size() > 1;
    }
    if (readsAsPlace(first, end) || venue(first, core, end) || servedBody(first, core, end)) {
      e.placeMentions++;
    } else if (personShape(first, core, end)) {
      e.personMentions++;
    }
    e.learnGender(gender);
    table.mention(e, core, end, first);
    acronymAfter(e, end, s.end());
    found.clear();
    // "the Governor of the Bank of England": a title before an organisation is a person's, and
    // no role of the organisation
    roles.roles(orgWord ? core : first, core, end, s.first(), s.end(), found);
    for (int k = 0; k < found.size(); k++) {
      e.addRole(found.get(k));
    }
  }

  /** Whether every token of [from, to) is of the class and none a given name ("Friday"). */
  private boolean onlyWords(int from, int to, WordClass c) {
    for (int k = from; k < to; k++) {
      if (!t.is(k, c) || t.is(k, WordClass.FIRST_NAME) || t.is(k, WordClass.MODAL)) {
        return false;
      }
    }
    return true;
  }

  /** "Republican", "Syrian", "Democrats": words that describe people without naming one. */
  private boolean onlyDescriptive(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!(Words.role(t, k) || t.is(k, WordClass.DEMONYM)) || t.is(k, WordClass.FIRST_NAME)) {
        return false;
      }
    }
    return true;
  }

  /** "Democrats said": a capitalised plural is a group, which "they" can stand for. */
  private void group(int core, int end, int first) {
    if (!t.is(end - 1, WordClass.ROLE_PLURAL)) {
      return;
    }
    ImmutableList<String> key = table.key(core, end);
    Entity e = table.lastWithKey(key, true);
    if (e == null) {
      e = table.create(t.string(core, end), key, SpeakerKind.GROUP, true);
      e.plural = true;
    }
    table.mention(e, core, end, first);
  }

  /**
   * Where a name run opening its sentence starts once a word capitalised only by position is
   * left out: "Ask Bill Tarrant about the flood", "Meet Ann Lowe, who …" (feature openers),
   * "Neither Alan Grayson nor …", "Certainly Ronald Reagan …" name Bill Tarrant, Alan Grayson and Ronald Reagan. Only
   * before a given name, and only a word the text never capitalises inside a sentence.
   */
  private int afterPositionalCapital(Sentence s, int first, int end) {
    boolean initial = first == s.first() || t.type(first - 1) == TokenType.QUOTE;
    if (!initial || end - first < 3 || !t.is(first + 1, WordClass.FIRST_NAME)
        || t.has(first, Shape.UPPER | Shape.INITIAL) || capitalisedInside().contains(first)) {
      return first;
    }
    Word w = t.word(first);
    if (w != null && (w.is(WordClass.FIRST_NAME) || w.is(WordClass.TITLE)
        || w.is(WordClass.HONORIFIC) || w.is(WordClass.ORG) || w.is(WordClass.DEMONYM))
        || Words.role(t, first) || Words.particle(t, first)) {
      return first;
    }
    // a word the lexicon knows, an adverb or participle, or one the text writes in lower case;
    // not any other, which may be a given name the lexicon lacks ("Giovanni Maria Vian")
    // (writtenLower holds only words the lexicon lacks, so it is asked only when w is null)
    boolean common = w != null || Words.endsWith(t, first, "ly")
        || Words.endsWith(t, first, "ing") || writtenLower().contains(first);
    return common ? first + 1 : first;
  }

  /**
   * The lower-case forms of the words the text writes in lower case, made when first asked;
   * only of words the lexicon lacks, the only ones asked about (the lexicon is looked up without
   * case, so a word it lacks in one case it lacks in any). A set of every lower-case word of a
   * long text is large, and its probes read the text far from where the scan is.
   */
  private LowerCaseForms writtenLower() {
    if (writtenLower == null) {
      writtenLower = new LowerCaseForms(t);
      for (int i = 0; i < t.size(); i++) {
        if (t.type(i) == TokenType.WORD && t.lower(i) && t.word(i) == null) {
          writtenLower.add(i);
        }
      }
    }
    return writtenLower;
  }

  /** Skips a lone sentence-initial capital that is only capitalised by position. */
  private boolean isName(Sentence s, int first, int end) {
    boolean initial = first == s.first() || t.type(first - 1) == TokenType.QUOTE;
    if (!initial || end - first > 1) {
      return true;
    }
    Word w = t.word(first);
    if (w != null && w.is(WordClass.FIRST_NAME) || t.has(first, Shape.UPPER)) {
      return true;
    }
    if (w != null && (Words.role(t, first) || w.is(WordClass.WORK) || w.is(WordClass.TITLE))) {
      return false;
    }
    return capitalisedInside().contains(first)
        || first + 1 < t.size() && (t.type(first + 1) == TokenType.POSSESSIVE
            || t.is(first + 1, WordClass.CUE));
  }

  /**
   * The lower-case forms of the words capitalised inside a sentence (not after a quotation
   * mark or a full stop), headlines apart: made when first asked, and held as token indexes
   * (see {@link LowerCaseForms}), as most of these words are never asked about.
   */
  private LowerCaseForms capitalisedInside() {
    if (capitalisedInside == null) {
      capitalisedInside = new LowerCaseForms(t);
      // a sentence at a time: a loop over the whole text, run once a text, was compiled twice,
      // on the stack (OSR) while it ran and then for the next texts
      for (Sentence s : doc.sentences()) {
        if (!headlineIndexes.get(s.index())) {
          addCapitalisedInside(s);
        }
      }
    }
    return capitalisedInside;
  }

  private void addCapitalisedInside(Sentence s) {
    for (int i = s.first() + 1; i < s.end(); i++) {
      if (t.cap(i) && t.type(i - 1) != TokenType.QUOTE && !Words.terminal(t, i - 1)) {
        capitalisedInside.add(i);
      }
    }
  }

  /**
   * Where the name proper starts: after the last title, honorific, role or demonym; an
   * organisation's name may start earlier ({@link #organisationStart}).
   */
  private int titlesEnd(int first, int end) {
    int core = first;
    for (int k = first; k < end; k++) {
      int n = vocabulary.phrase(WordClass.TITLE, t, k, t.word(k));
      if (n > 0 && k + n < end || np.isTitleLike(k) && k + 1 < end
          || t.is(k, WordClass.HONORIFIC)) {
        core = k + Math.max(n, 1);
        k = core - 1;
      }
    }
    if (core < end && core > first && (t.is(core, "of") || t.is(core, "for"))) {
      // "Speaker of the House Ann Lowry", "MP for Leeds East Ann Lowry": the title runs on to
      // the given name
      int given = core;
      while (given < end && !t.is(given, WordClass.FIRST_NAME)) {
        given++;
      }
      int of = core;
      if (given == end && hasOrganisationWord(of, end)) {
        // "the Governor of the Bank of England": no person is named, the organisation is
        core = t.is(of + 1, WordClass.DET) && of + 2 < end ? of + 2 : of + 1;
        return core < end ? core : end - 1;
      }
      core = given < end ? given : unlistedGivenName(of, end) ? end - 2 : end - 1;
    }
    return core;
  }

  /**
   * "Mayor of London Sadiq Kazmi" with a given name the lexicon lacks: after the title's "of",
   * a capitalised place and then two capitalised words, the first of them no lexicon word nor
   * an abstract noun ("Secretary of Homeland Security Nielsen" keeps its surname alone).
   */
  private boolean unlistedGivenName(int of, int end) {
    if (end - of < 4 || !t.is(of, "of")) {
      return false;
    }
    for (int k = of + 1; k < end; k++) {
      if (!t.has(k, Shape.CAP) || t.type(k) != TokenType.WORD) {
        return false;
      }
    }
    int given = end - 2;
    return t.word(given) == null && !Words.endsWith(t, given, "ity")
        && !Words.endsWith(t, given, "ion") && !Words.endsWith(t, given, "ment")
        && !Words.endsWith(t, given, "ness") && !Words.endsWith(t, given, "ce")
        && !Words.endsWith(t, given, "cy") && !Words.endsWith(t, given, "ure");
  }

  /**
   * Where the name of an organisation starts, its words from {@code core} on holding an
   * organisation word: after the last title, honorific or role before it. Its words from there
   * on hold the organisation word too.
   */
  private int organisationStart(int first, int core) {
    while (core > first && (!t.is(core - 1, WordClass.TITLE) && !t.lower(core - 1)
        && !t.is(core - 1, WordClass.HONORIFIC) && !Words.role(t, core - 1)
        || t.type(core) == TokenType.POSSESSIVE)) {
      core--; // "the Irish Farmers' Association": the people it is of are in its name
    }
    return core;
  }

  private boolean hasGivenName(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.FIRST_NAME) || t.has(k, Shape.INITIAL)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasOrganisationWord(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.ORG) && t.cap(k)
          || vocabulary.phrase(WordClass.AGENCY, t, k, t.word(k)) > 0) {
        return true;
      }
    }
    return false;
  }

  private SpeakerKind kind(int first, int core, int end, boolean orgWord) {
    if (orgWord || end - core == 1 && (t.has(core, Shape.UPPER)
        && !t.is(core, WordClass.FIRST_NAME) || t.is(core, WordClass.MEDIUM))
        || theName(first, core, end)) {
      // a medium named alone ("on Facebook", "told Sky") is no person for "he" or "she"
      return SpeakerKind.ORGANIZATION;
    }
    return SpeakerKind.PERSON;
  }

  /**
   * "the Pentagon": a name after "the" names no person, unless it only modifies the noun the
   * article belongs to ("the Ruiz administration").
   */
  private boolean theName(int first, int core, int end) {
    return core == first && first > 0 && t.is(first - 1, "the")
        && !(end < t.size() && t.lower(end) && Words.nounish(t, end));
  }

  /**
   * "the Leeds coach", "the England manager": a name alone between "the" and a role noun names
   * the body or place the role serves, no person a "he" can mean.
   */
  private boolean servedBody(int first, int core, int end) {
    return core == first && end - core == 1 && first > 0 && t.is(first - 1, "the")
        && end < t.size() && t.lower(end) && t.is(end, WordClass.ROLE);
  }

  /** Whether the run reads as a person's name: a title before it, or a given name first. */
  private boolean personShape(int first, int core, int end) {
    return core > first && !t.is(core - 1, WordClass.DEMONYM)
        || t.is(core, WordClass.FIRST_NAME) && end - core > 1;
  }

  private Gender gender(int first, int core, int end) {
    for (int k = first; k < end; k++) {
      Word w = t.word(k);
      if (w != null && w.gender() != Gender.UNKNOWN && (k < core || k == core && end - core > 1
          && w.is(WordClass.FIRST_NAME))) {
        return w.gender();
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * "in West Virginia", "across Iowa", and the state after a town named so ("in Tucson,
   * Arizona", "a nurse from Brownsville, Texas"): a name read as a place.
   */
  private boolean readsAsPlace(int first, int end) {
    if (first == 0 || end < t.size() && t.type(end) == TokenType.POSSESSIVE) {
      return false;
    }
    if (placePreposition(first - 1)) {
      return true;
    }
    if (!Words.comma(t, first - 1) || end < t.size() && !Words.comma(t, end)
        && !Words.terminal(t, end) && !t.isChar(end, ')')) {
      return false;
    }
    int k = first - 2;
    while (k >= 0 && np.nameToken(k)) {
      k--;
    }
    return k < first - 2 && k >= 0 && (placePreposition(k) || t.is(k, "from"));
  }

  /**
   * "at Elland Road", "at Westminster Magistrates' Court": two or more capitalised words after
   * "at" with no title nor given name first name a venue, not a person; a single word may be
   * one ("a swipe at Hale").
   */
  private boolean venue(int first, int core, int end) {
    return core == first && end - core > 1 && first > 0 && t.is(first - 1, "at")
        && !t.is(core, WordClass.FIRST_NAME);
  }

  private boolean placePreposition(int k) {
    return t.is(k, "in") || t.is(k, "across") || t.is(k, "throughout") || t.is(k, "near")
        || t.is(k, "outside")
        || t.is(k, "from") && k > 0 && t.lower(k - 1) && Words.role(t, k - 1); // "a nurse from"
  }

  /** "Harbour Workers Union (HWU)": the acronym becomes an alias. */
  private void acronymAfter(Entity e, int end, int sentenceEnd) {
    if (end + 2 < sentenceEnd && t.isChar(end, '(') && t.has(end + 1, Shape.UPPER)
        && t.isChar(end + 2, ')')) {
      table.alias(e, table.key(end + 1, end + 2));
      table.mention(e, end + 1, end + 2);
    }
  }
}
