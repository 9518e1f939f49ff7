package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.CueForm;
import io.github.quotable.lexicon.Gender;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.mentions.WordSet;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which entity a source phrase stands for: a name's cluster, a pronoun's antecedent,
 * the author of a statement ("a statement from X", later "the statement"), the bearer of a role
 * ("the spokesman"), or a new unnamed speaker the article only describes.
 */
final class SourceResolver {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final int PRONOUN_WINDOW = 40;
  /** How many mentions back an office's holder is sought ("the Taoiseach" for a name). */
  private static final int HOLDER_WINDOW = 200;
  /** How many sentences back a pronoun looks for its antecedent. */
  private static final int SALIENCE_SENTENCES = 8;
  /** What separates the words of a role: whitespace and ",.’'". */
  private static final com.google.common.base.CharMatcher BETWEEN_WORDS =
      com.google.common.base.CharMatcher.whitespace()
          .or(com.google.common.base.CharMatcher.anyOf(",.’'"));
  private final Tokens t;
  private final NounPhrases np;
  private final EntityTable table;
  private final RoleReader roles;
  /** The latest author seen for each work noun ("statement"), by the noun's lower-case form. */
  private final Map<String, Entity> works = new HashMap<>();
  /** The gender the speaker being resolved is known to have, from the words it says. */
  private Gender speakerGender = Gender.UNKNOWN;

  SourceResolver(Document doc, NounPhrases np, EntityTable table, RoleReader roles) {
    this.t = doc.tokens();
    this.np = np;
    this.table = table;
    this.roles = roles;
  }

  /** The entity of the phrase, or null when nobody can be identified (a bare "we"). */
  Entity resolve(Phrase p) {
    return resolve(p, p.first());
  }

  /**
   * The entity of the phrase; a pronoun looks for its antecedent before token {@code before}
   * (the start of the content it introduces, so "“… ISIS …,” he said" skips ISIS).
   */
  Entity resolve(Phrase p, int before) {
    return resolve(p, before, null);
  }

  /**
   * The entity of the phrase, which cannot be {@code addressee} (in "he told Hannity", "he" is
   * not Hannity).
   */
  Entity resolve(Phrase p, int before, Entity addressee) {
    return resolve(p, before, addressee, Gender.UNKNOWN);
  }

  /**
   * As {@link #resolve(Phrase, int, Entity)}; a description that may mean someone named
   * before means someone of {@code gender} if that is known ("the England manager said she
   * …": a woman).
   */
  Entity resolve(Phrase p, int before, Entity addressee, Gender gender) {
    speakerGender = gender;
    try {
      return resolveKind(p, before, addressee);
    } finally {
      speakerGender = Gender.UNKNOWN;
    }
  }

  private Entity resolveKind(Phrase p, int before, Entity addressee) {
    Entity e = switch (p.kind()) {
      case NAME -> epithetOrName(p);
      case PRONOUN -> pronoun(p.first(), Math.min(before, p.first()), addressee);
      case RELATIVE -> relative(p.first());
      case NOMINAL -> nominal(p);
    };
    if (e == null && (p.kind() == Phrase.Kind.PRONOUN || p.kind() == Phrase.Kind.RELATIVE)) {
      // "We know …", "I tell myself …": nobody named, but someone speaks; keep the pronoun
      boolean plural = t.word(p.first()) != null && t.word(p.first()).plural();
      e = described(p.first(), p.end(), plural ? SpeakerKind.GROUP : SpeakerKind.PERSON,
          plural);
      Word w = t.word(p.first());
      if (e != null && (t.is(p.first(), "i") || t.is(p.first(), "we") || t.is(p.first(), "you"))) {
        e.deictic = true;
      }
      if (w != null && e != null && e.gender == Gender.UNKNOWN) {
        e.gender = w.gender(); // an unresolved "she" is nobody a later "he" can mean
      }
    }
    return e;
  }

  private Entity name(int first, int end) {
    for (int k = first + 1; k < end; k++) {
      if (t.is(k, "of") && table.at(k - 1) != null && table.at(k - 1) != table.at(k)) {
        // "Ed Price of Ohio": the person, not the state
        end = k;
        break;
      }
    }
    for (int k = end - 1; k >= first; k--) {
      Entity e = table.at(k);
      if (e != null) {
        return e;
      }
    }
    ImmutableList<String> key = table.key(first, end);
    if (key.isEmpty()) {
      return null;
    }
    Entity e = table.find(key, Gender.UNKNOWN);
    if (e == null) {
      e = table.create(t.string(first, end), key, SpeakerKind.PERSON, true);
    }
    table.mention(e, first, end);
    return e;
  }

  Entity pronoun(int i, int before) {
    return pronoun(i, before, null);
  }

  private Entity pronoun(int i, int before, Entity excluded) {
    Word w = t.word(i);
    if (w == null || t.is(i, "i") || t.is(i, "we") || t.is(i, "you")) {
      return null;
    }
    boolean person = w.gender() == Gender.MALE || w.gender() == Gender.FEMALE;
    Entity best = null;
    double bestScore = 0;
    Salience salience = table.salience(before, SALIENCE_SENTENCES);
    for (int k = 0; k < salience.size(); k++) {
      Entity e = salience.entity(k);
      double score = e == excluded ? 0 : salience.score(k) * fit(e, w, person);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best != null && person) {
      best.heardAs(w.gender());
    }
    return best;
  }

  /** How well an entity suits a pronoun: 0 when it cannot be meant, 1 when it fits well. */
  private static double fit(Entity e, Word w, boolean person) {
    if (e.deictic) {
      return 0; // "“Why?” I asked. “Because,” he said": not me
    }
    if (person) {
      if (e.kind != SpeakerKind.PERSON || e.plural || !e.gender.agrees(w.gender())) {
        return 0;
      }
      double f = e.personFit();
      return e.gender == w.gender() ? f * 1.2 : f * e.heardFit(w.gender());
    }
    if (w.plural()) {
      if (e.plural || e.kind == SpeakerKind.GROUP) {
        return 1;
      }
      return e.kind == SpeakerKind.ORGANIZATION ? 0.5 : 0;
    }
    return e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.WORK ? 1 : 0;
  }

  /** The named entity an addressee phrase names, if it is already known; or null. */
  Entity known(Phrase p) {
    if (p == null || p.kind() != Phrase.Kind.NAME) {
      return null;
    }
    for (int k = p.headEnd() - 1; k >= p.headFirst(); k--) {
      if (table.at(k) != null) {
        return table.at(k);
      }
    }
    return null;
  }

  /** "…, who said": the phrase before the comma. */
  private Entity relative(int who) {
    int k = who - 1;
    if (k < 0) {
      return null;
    }
    int limit = Math.max(0, who - 20);
    if (k - 2 > limit && Words.comma(t, k) && t.type(k - 1) == TokenType.NUMBER
        && Words.comma(t, k - 2)) {
      k -= 2; // "Maria, 34, who declined": the age is no antecedent
    }
    int end = Words.comma(t, k) ? k : who;
    Phrase antecedent = np.before(end, limit);
    if (antecedent != null && antecedent.kind() == Phrase.Kind.NOMINAL && t.is(who, "who")) {
      antecedent = personAfterPreposition(antecedent, end);
    }
    return antecedent == null || antecedent.kind() == Phrase.Kind.RELATIVE ? null
        : resolve(antecedent);
  }

  /**
   * "pressure from provincial premiers, who say": "who" means people, so when the phrase's
   * head names none, the people named after its preposition; else the phrase itself.
   */
  private Phrase personAfterPreposition(Phrase p, int end) {
    int head = p.headEnd() - 1;
    if (p.headEnd() >= end || Words.role(t, head) || t.is(head, WordClass.ORG)
        || t.is(head, WordClass.WORK) || !t.lower(head) || t.word(head) == null
        && (Words.endsWith(t, head, "man") || Words.endsWith(t, head, "woman"))) {
      return p;
    }
    Phrase object = np.before(end, p.headEnd() + 1);
    if (object == null || object.first() != p.headEnd() + 1) {
      return p;
    }
    boolean person = object.kind() == Phrase.Kind.NAME
        && (t.is(object.headFirst(), WordClass.FIRST_NAME)
            || t.is(object.first(), WordClass.TITLE) || t.is(object.first(), WordClass.HONORIFIC));
    boolean people = object.kind() == Phrase.Kind.NOMINAL
        && (Words.role(t, object.headEnd() - 1) || Words.role(t, object.end() - 1));
    return person || people ? object : p; // "a group of doctors", "help from Dr. Ada Lind"
  }

  private Entity nominal(Phrase p) {
    int end = p.hasAppositive() ? p.apposFirst() - 1 : p.end();
    int acronym = acronymBeforeHead(p.first(), end);
    if (acronym >= 0) {
      Entity e = name(acronym, acronym + 1);
      if (e != null) {
        // "Iran's official IRNA news agency": IRNA, described as Iran's official news agency
        e.addDescription(t.string(p.first(), acronym).trim() + " " + t.string(acronym + 1, end));
        table.mention(e, p.first(), end);
        return e;
      }
    }
    int possessive = find(p.first(), end, TokenType.POSSESSIVE);
    int head = headNoun(p.first(), end);
    if (head >= 0 && t.is(head, WordClass.WORK) && (possessive < 0 || possessive > head)) {
      return work(p, head, end);
    }
    if (possessive > p.first()) {
      return possessed(p, possessive, end, head);
    }
    if (head >= 0 && Words.role(t, head) && !t.is(head, WordClass.ROLE_PLURAL)) {
      return role(p, head, end);
    }
    if (head < end - 1 && Words.ageNoun(t, end - 1)) {
      return aged(p.first(), end);
    }
    boolean plural = head >= 0 && (t.is(head, WordClass.ROLE_PLURAL) || pluralForm(head));
    return described(p.first(), end, plural ? SpeakerKind.GROUP : SpeakerKind.ORGANIZATION,
        plural);
  }

  /**
   * "the 58-year-old": an age for a noun is an epithet for the person the passage is about,
   * when someone is named before; else someone new ("a 34-year-old"), or people ("two
   * 19-year-olds").
   */
  private Entity aged(int first, int end) {
    boolean plural = Words.endsWith(t, end - 1, "s");
    if (!plural && end - first == 2 && t.is(first, "the")) {
      Entity person = topicPerson(first, end - 1);
      if (person != null) {
        table.mention(person, first, end);
        return person;
      }
    }
    return described(first, end, plural ? SpeakerKind.GROUP : SpeakerKind.PERSON, plural);
  }

  /**
   * An acronym right before the organisation noun that ends a description ("the state-run SANA
   * news agency", "Iran's official IRNA news agency"), or -1.
   */
  private int acronymBeforeHead(int first, int end) {
    if (end - first < 3 || !t.lower(end - 1) || !t.is(end - 1, WordClass.ORG)) {
      return -1;
    }
    int k = end - 2;
    if (k > first && t.lower(k) && Words.nounish(t, k)) {
      k--; // "news" in "news agency"
    }
    return k > first && t.has(k, Shape.UPPER) && t.depth(k) == 0 ? k : -1;
  }

  /** "Nadia al-Hamid’s office", "Hale's spokesman", "the president's report". */
  private Entity possessed(Phrase p, int possessive, int end, int head) {
    Entity owner = name(nameStart(possessive), possessive);
    boolean roleOwner = owner == null && possessive - 1 > p.first() && head > possessive
        && Words.role(t, head) && t.is(p.first(), "the")
        && (Words.role(t, possessive - 1) || t.is(possessive - 1, WordClass.TITLE));
    if (roleOwner) {
      owner = bearer(p.first(), possessive - 1);
      Entity same = bearer(p.first(), head);
      if (same != null && speaksFor(same, t.lowerString(head), t.lowerString(possessive - 1),
          owner)) {
        table.mention(same, p.first(), end); // "the prime minister's spokesman" met before
        return same;
      }
      if (owner == null) {
        // "the Taoiseach's spokesman": someone speaking for that office, not the last
        // spokesman of the article
        Entity e = described(p.first(), end, SpeakerKind.PERSON, false);
        e.addRole(t.string(p.first() + 1, end));
        return e;
      }
    }
    if (owner == null) {
      // "the club's owner" is a person, "the club's statement" is not
      return head > possessive && Words.role(t, head) && !t.is(head, WordClass.ROLE_PLURAL)
          ? role(p, head, end) : described(p.first(), end, SpeakerKind.ORGANIZATION, false);
    }
    if (head >= 0 && t.is(head, WordClass.WORK)) {
      return owner;
    }
    String thing = t.string(possessive + 1, end);
    SpeakerKind kind = head >= 0 && Words.role(t, head) ? SpeakerKind.PERSON
        : SpeakerKind.ORGANIZATION;
    String name = owner.name() + "'s " + thing;
    ImmutableList<String> key = key(name);
    Entity e = findDescribed(name, key);
    if (e == null) {
      e = table.create(name, key, kind, kind == SpeakerKind.ORGANIZATION);
      if (kind == SpeakerKind.PERSON) {
        e.addRole(thing);
      }
    }
    table.mention(e, p.first(), end);
    return e;
  }

  private int nameStart(int possessive) {
    int k = possessive;
    while (k - 1 >= 0 && np.nameToken(k - 1) && !np.isTitleLike(k - 1)) {
      k--;
    }
    return k;
  }

  /** "a statement from X", "the report": the work's author when known. */
  private Entity work(Phrase p, int head, int end) {
    int prep = -1;
    for (int k = head + 1; k < end; k++) {
      if (t.is(k, "from") || t.is(k, "by") || t.is(k, "of")) {
        prep = k;
        break;
      }
    }
    String noun = t.lowerString(head);
    if (prep > 0 && prep + 1 < end) {
      Phrase author = np.after(prep + 1, end);
      Entity e = author == null ? null : resolve(author);
      if (e != null) {
        works.put(noun, e);
        return e;
      }
    }
    if ((t.is(p.first(), "the") || t.is(p.first(), "this")) && works.containsKey(noun)) {
      return works.get(noun);
    }
    if (t.is(p.first(), WordClass.POSS) && t.is(p.first(), WordClass.PRONOUN)
        && !t.word(p.first()).plural()) {
      Entity author = pronoun(p.first(), p.first()); // "His statement said": his
      if (author != null) {
        works.put(noun, author);
        return author;
      }
    }
    Entity e = described(p.first(), end, SpeakerKind.WORK, false);
    e.named = false;
    return e;
  }

  /** Records that the entity issued a work ("said in a statement"), for a later "the statement". */
  void issued(int workNoun, Entity author) {
    works.put(t.lowerString(workNoun), author);
  }

  /**
   * A sentence's subject outside any source that describes one person by a role ("The Leeds
   * coach was blunt."): the bearer of the role, or someone new; null when it is no such
   * description, or may be someone named before, whom a guess here would make more salient
   * than the text does.
   */
  Entity narrativeRole(Phrase p) {
    int end = p.end();
    int head = headNoun(p.first(), end);
    if (head < 0 || !t.lower(head) || !t.is(head, WordClass.ROLE)) {
      return null;
    }
    return role(p, head, end, false);
  }

  private Entity role(Phrase p, int head, int end) {
    return role(p, head, end, true);
  }

  /**
   * "the spokesman": the last entity with that role; "a spokesman": a new one. A description
   * that may be a named person only by salience ("the veteran farmer") is that person if
   * {@code guessTopic}, else null.
   */
  private Entity role(Phrase p, int head, int end, boolean guessTopic) {
    boolean bare = t.is(p.first(), "the") && head == p.first() + 1 && end == head + 1;
    if (bare && holders(p.first(), head, end).size() > 1) {
      // "Mayor Pike and Mayor Hale met. The mayor said …": either; no guess
      return described(p.first(), end, SpeakerKind.PERSON, false);
    }
    Entity known = t.is(p.first(), "the") ? bearer(p.first(), head) : null;
    if (known != null && head - 1 > p.first() && t.cap(head - 1)
        && !servedBy(known, t.lowerString(head - 1), t.lowerString(head))) {
      known = null; // "the City boss" is not the one known as "Rovers boss"
    }
    if (known != null) {
      table.mention(known, p.first(), end);
      return known;
    }
    Entity topic = describedTopic(p, head, end);
    if (topic != null && !guessTopic) {
      return null;
    }
    if (topic != null) {
      table.mention(topic, p.first(), end);
      return topic;
    }
    Entity e = described(p.first(), end, SpeakerKind.PERSON, false);
    List<String> found = new ArrayList<>();
    roles.coordinated(p.first(), end, found);
    for (String role : found) {
      e.addRole(role);
    }
    Word w = t.word(head);
    if (w != null) {
      e.learnGender(w.gender());
    }
    return e;
  }

  /**
   * Whether an entity with the role noun may be "the office's noun": its role has no modifier,
   * or one naming the office or its holder ("Lind spokesman" for "the president's
   * spokesman"), not another body ("Garda spokesman" is not the Taoiseach's).
   */
  private static boolean speaksFor(Entity e, String noun, String office, Entity holder) {
    for (String r : e.lowerCaseRoles()) {
      int at = r.indexOf(noun);
      if (!hasWord(r, noun)) {
        continue;
      }
      String modifier = r.substring(0, Math.max(0, at)).trim();
      if (modifier.isEmpty() || hasWord(modifier, office)) {
        return true;
      }
      if (holder != null) {
        for (String w : holder.name().toLowerCase(Locale.ROOT).split(" ")) {
          if (hasWord(modifier, w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a role of the entity with the noun names the body {@code served} or no body at all
   * ("boss", "caretaker boss" or "City boss" for "the City boss", not "Rovers boss"): no
   * capitalised word before the noun but {@code served}.
   */
  private static boolean servedBy(Entity e, String served, String noun) {
    for (String r : e.roles()) {
      String lower = r.toLowerCase(Locale.ROOT);
      int at = lower.lastIndexOf(noun);
      if (at < 0 || !hasWord(lower, noun) || hasWord(lower, served)) {
        if (at >= 0 && hasWord(lower, noun)) {
          return true;
        }
        continue;
      }
      // the initials of the capitalised words before the noun: "Republican National
      // Committee" for "the RNC member"; "Award-winning" is an adjective, no body
      StringBuilder initials = new StringBuilder();
      for (int k = 0; k < at; k++) {
        if (Character.isUpperCase(r.charAt(k)) && (k == 0 || r.charAt(k - 1) == ' ')) {
          int space = r.indexOf(' ', k);
          int hyphen = r.indexOf('-', k);
          boolean adjective = hyphen > 0 && (space < 0 || hyphen < space) && hyphen + 1 < at
              && Character.isLowerCase(r.charAt(hyphen + 1));
          if (!adjective) {
            initials.append(Character.toLowerCase(r.charAt(k)));
          }
        }
      }
      if (initials.length() == 0 || initials.toString().equals(served)) {
        return true;
      }
    }
    return false;
  }

  /** The last entity before token {@code before} given the role noun at {@code head}, or null. */
  private Entity bearer(int before, int head) {
    String noun = t.lowerString(head);
    for (Entity e : table.before(before, PRONOUN_WINDOW)) {
      for (String r : e.lowerCaseRoles()) {
        if (hasWord(r, noun)) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * "the Vermont senator acknowledged": a definite description with a modifier before its role
   * noun names the person the passage is about, the most salient named person it can mean;
   * an appositive or relative clause may follow ("the veteran farmer, who lives nearby").
   * The description ends at end.
   */
  private Entity describedTopic(Phrase p, int head, int end) {
    if (!t.is(p.first(), "the") || head < p.first() + 2 || head + 1 != end
        || t.lower(head - 1) && t.is(head - 1, WordClass.ORG)
        || find(p.first(), head, TokenType.POSSESSIVE) >= 0) {
      // "the police spokesman", "the company spokeswoman", "the club's owner": who speaks for
      // an organisation is someone new, unless given that role before (see role)
      return null;
    }
    // an office ("the former chancellor"), not a word any leader fits ("the Russian leader")
    boolean office = t.is(head, WordClass.TITLE) && !GENERIC_TITLES.has(t, head);
    Entity body = null; // "the Leeds coach" is not Leeds, whatever Leeds was taken for
    for (int k = p.first() + 1; k < head && body == null; k++) {
      // a capitalised modifier's own entity, not the person the description was taken for
      body = t.cap(k) && table.at(k) != table.at(head) ? table.at(k) : null;
    }
    int m = head - 1;
    String served = t.cap(m) && t.word(m) == null ? t.lowerString(m) : null;
    Entity person = topicPerson(p.first(), head, office, body, served);
    if (person != null && t.cap(m) && !holds(person, t.lowerString(head))
        && mentionsBefore(person, t.start(p.first()), 2) < 2 && !appositiveTo(person, p.first())) {
      // "the England manager" after "Harry Kane scored": a body's office is its named holder,
      // or someone the passage has kept to ("the Vermont senator" for a senator named
      // twice), not whoever was named last; else someone described
      return null;
    }
    return person != null && served != null && servesAnother(person, served) ? null : person;
  }

  /**
   * Whether a role of the entity names a body other than {@code served} before its noun
   * ("Celtic manager" for "the Rangers boss"), and none names that one: another body's man.
   * A word the lexicon knows ("Texas Sen.", "Republican senator") names no body here.
   */
  private boolean servesAnother(Entity e, String served) {
    boolean other = false;
    for (String r : e.roles()) {
      if (hasWord(r.toLowerCase(Locale.ROOT), served)) {
        return false;
      }
      int last = r.lastIndexOf(' ');
      int before = last > 0 ? r.lastIndexOf(' ', last - 1) + 1 : -1;
      other |= before >= 0 && last - before > 1 && capitalised(r, before, last)
          && t.vocabulary() != null && t.vocabulary().lookup(r, before, last) == null;
    }
    return other;
  }

  /**
   * Whether chars [from, to) are a word with a capital and then small letters only: not
   * "PRESSOhio", a credit line run into a name.
   */
  private static boolean capitalised(String s, int from, int to) {
    if (!Character.isUpperCase(s.charAt(from))) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!Character.isLowerCase(s.charAt(k)) && s.charAt(k) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * "“…,” the Spaniard said", "the Republican said": "the" and a demonym naming one person,
   * an epithet for someone already named; not a people ("the French", "the Chinese", "the
   * Swiss") nor a country ("the US").
   */
  private boolean demonymEpithet(Phrase p) {
    int d = p.first() + 1;
    if (!theDemonym(p) || Words.endsWith(t, d, "sh") || Words.endsWith(t, d, "ch")) {
      return false; // "the French", "the British": a people
    }
    // "the Portuguese", "the Swiss": one person only with a singular verb ("the Swiss says")
    return !Words.endsWith(t, d, "se") && !Words.endsWith(t, d, "s")
        || singularVerb(p.end()) || p.first() > 0 && singularVerb(p.first() - 1);
  }

  /** "the" (sentence-initial "The") and a demonym: "the Spaniard", "the Chinese". */
  private boolean theDemonym(Phrase p) {
    int f = p.first();
    int d = f + 1;
    return p.end() == d + 1 && p.headEnd() == d + 1 && t.is(f, "the")
        && (t.lower(f) || f == 0 || Words.terminal(t, f - 1) || t.type(f - 1) == TokenType.QUOTE)
        && t.is(d, WordClass.DEMONYM) && t.cap(d)
        && !t.has(d, Shape.UPPER); // "the US", "the EU"
  }

  /** "says", "adds", "is", "was", "has": a verb form that agrees with one person only. */
  private boolean singularVerb(int k) {
    if (k >= t.size() || t.type(k) != TokenType.WORD || !t.lower(k)) {
      return false;
    }
    Word w = t.word(k);
    return SINGULAR_VERBS.has(t, k) || w != null && w.isForm(CueForm.THIRD)
        && !w.isForm(CueForm.BASE);
  }

  private static final WordSet SINGULAR_VERBS =
      WordSet.of("is", "was", "has", "does");

  /**
   * "the Spaniard": the person the passage is about, if there is one; "the Chinese": the
   * people, described; else the name.
   */
  private Entity epithetOrName(Phrase p) {
    boolean epithet = demonymEpithet(p);
    Entity person = epithet ? topicPerson(p.first(), p.headFirst()) : null;
    if (person == null && !epithet && theDemonym(p)) {
      return described(p.first(), p.headEnd(), SpeakerKind.GROUP, true);
    }
    if (person == null && !epithet && p.headFirst() == p.first() + 1 && t.is(p.first(), "the")
        && office(p.headFirst(), p.headEnd())) {
      // "the Taoiseach told reporters": the one named person given that office before
      person = soleHolder(p.first(), p.headFirst(), p.headEnd());
    }
    if (person == null) {
      return name(p.headFirst(), p.headEnd());
    }
    table.mention(person, p.first() + 1, p.headEnd());
    return person;
  }

  /** Whether tokens [first, end) are a title or all role or title words: an office, not a name. */
  private boolean office(int first, int end) {
    if (end - first > 1 && t.vocabulary() != null
        && t.vocabulary().phrase(WordClass.TITLE, t, first, t.word(first)) == end - first) {
      return true; // "Prime Minister": one title of two words
    }
    for (int k = first; k < end; k++) {
      if (!Words.role(t, k) && !t.is(k, WordClass.TITLE)) {
        return false;
      }
    }
    return end > first;
  }

  /**
   * The one named person among the last {@link #HOLDER_WINDOW} mentions before token
   * {@code before} with a role that is the words [first, end), in any case ("Taoiseach" for
   * "the Taoiseach"); null when none, or when two hold it (no guess).
   */
  private Entity soleHolder(int before, int first, int end) {
    List<Entity> holders = holders(before, first, end);
    return holders.size() == 1 ? holders.get(0) : null;
  }

  /**
   * Up to two named people among the last {@link #HOLDER_WINDOW} mentions before token
   * {@code before} whose role is the words [first, end), in any case. A window, not the whole
   * table: a long document's every "the mayor" would otherwise read all its entities.
   */
  private List<Entity> holders(int before, int first, int end) {
    String office = t.string(first, end).toLowerCase(Locale.ROOT);
    int from = t.start(before);
    List<Entity> found = new ArrayList<>(2);
    for (Entity e : table.before(before, HOLDER_WINDOW)) {
      if (found.contains(e) || e.kind != SpeakerKind.PERSON || !e.named() || e.plural
          || e.mentionCount() == 0 || e.mentionStart(0) >= from) {
        continue; // the window lists an entity at each of its mentions
      }
      for (String r : e.lowerCaseRoles()) {
        if (r.equals(office)) {
          found.add(e);
          break;
        }
      }
      if (found.size() > 1) {
        break;
      }
    }
    return found;
  }

  /**
   * The most salient named person before token {@code before} that the noun at {@code noun}
   * can mean ("the Vermont senator", "the Spaniard"), or null.
   */
  private Entity topicPerson(int before, int noun) {
    return topicPerson(before, noun, false, null, null);
  }

  /**
   * As {@link #topicPerson(int, int)}; with {@code office}, the noun is a role, and a person
   * known by other roles only is not meant ("the former chancellor" is not the Prime Minister);
   * nor is {@code excluded}, nor one whose name has the word {@code served} ("the Leeds coach"
   * is not Leeds United).
   */
  private Entity topicPerson(int before, int noun, boolean office, Entity excluded,
      String served) {
    Word w = t.word(noun);
    Gender g = w == null ? Gender.UNKNOWN : w.gender();
    if (g == Gender.UNKNOWN) {
      g = speakerGender;
    }
    String lower = t.lowerString(noun);
    Entity best = null;
    Entity holder = null; // the most salient known to hold the office
    double bestScore = 0;
    double holderScore = 0;
    Salience salience = table.salience(before, SALIENCE_SENTENCES);
    for (int k = 0; k < salience.size(); k++) {
      Entity e = salience.entity(k);
      if (e.kind != SpeakerKind.PERSON || !e.named() || e.plural || !e.gender.agrees(g)
          || e == excluded || e.personFit() == 0
          || served != null && e.key().contains(served)) {
        continue;
      }
      if (salience.score(k) > bestScore) {
        best = e;
        bestScore = salience.score(k);
      }
      if (office && salience.score(k) > holderScore && holds(e, lower)) {
        holder = e;
        holderScore = salience.score(k);
      }
    }
    if (!office) {
      return best;
    }
    return holder != null ? holder : best != null && holdsOtherOffice(best, lower) ? null : best;
  }

  /** Whether a mention of the entity ends in a comma right before token k: "Lee, the …". */
  private boolean appositiveTo(Entity e, int k) {
    if (k < 2 || !Words.comma(t, k - 1)) {
      return false;
    }
    for (int i = 0; i < e.mentionCount(); i++) {
      if (e.mentionEnd(i) == t.end(k - 2)) {
        return true;
      }
    }
    return false;
  }

  /** How many mentions of the entity start before char {@code before}, counted up to max. */
  private static int mentionsBefore(Entity e, int before, int max) {
    int n = 0;
    for (int k = 0; k < e.mentionCount() && n < max; k++) {
      n += e.mentionStart(k) < before ? 1 : 0;
    }
    return n;
  }

  private static final WordSet GENERIC_TITLES =
      WordSet.of("leader", "chief", "head", "official", "boss");

  /**
   * Whether the entity is known by an office (a role ending in a title: "Prime Minister") and
   * by none that has the noun or abbreviates it ("Sen." for "senator").
   */
  private boolean holdsOtherOffice(Entity e, String noun) {
    if (holds(e, noun)) {
      return false;
    }
    boolean office = false;
    for (String r : e.lowerCaseRoles()) {
      int last = r.lastIndexOf(' ') + 1;
      int end = r.endsWith(".") ? r.length() - 1 : r.length();
      Word w = end > last && t.vocabulary() != null ? t.vocabulary().lookup(r, last, end) : null;
      office |= w != null && w.is(WordClass.TITLE);
    }
    return office;
  }

  /** Whether a role of the entity has the noun or abbreviates it ("Sen." for "senator"). */
  private static boolean holds(Entity e, String noun) {
    for (String r : e.lowerCaseRoles()) {
      if (hasWord(r, noun) || abbreviates(r, noun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the role, ending in a full stop, begins the noun: "gov." for "governor". */
  private static boolean abbreviates(String role, String noun) {
    int start = 0;
    for (int k = 0; k <= role.length(); k++) {
      if (k == role.length() || role.charAt(k) == ' ') {
        if (k - start > 1 && role.charAt(k - 1) == '.'
            && noun.startsWith(role.substring(start, k - 1))) {
          return true;
        }
        start = k + 1;
      }
    }
    return false;
  }

  /** An entity named by its description; the same description later is the same entity. */
  private Entity described(int first, int end, SpeakerKind kind, boolean plural) {
    String name = t.string(first, end);
    if (t.isAny(first, Words.OPENERS) && t.is(first, WordClass.DET) && t.cap(first)) {
      name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    ImmutableList<String> key = key(name);
    Entity e = findDescribed(name, key);
    if (e == null) {
      e = table.create(name, key, kind, false);
      e.plural = plural;
    }
    table.mention(e, first, end);
    return e;
  }

  /**
   * The entity described so before, found by the description's key ({@link #key}): the oldest,
   * if several.
   */
  private Entity findDescribed(String name, ImmutableList<String> key) {
    Entity oldest = null;
    List<Entity> withKey = table.withKey(key);
    for (int k = 0; k < withKey.size(); k++) {
      Entity e = withKey.get(k);
      if ((oldest == null || e.id < oldest.id) && e.key().equals(key)
          && (!e.named() || e.name().equals(name))) {
        oldest = e;
      }
    }
    return oldest;
  }

  /** The key of a description: its words in lower case, without articles. */
  private static ImmutableList<String> key(String description) {
    return NameKey.words(description, ARTICLES);
  }

  /** The noun the phrase is about: the last word before a preposition, or the last word. */
  private int headNoun(int first, int end) {
    int head = -1;
    for (int k = first; k < end; k++) {
      if (t.is(k, WordClass.PREP) && head >= 0) {
        return head;
      }
      if (t.type(k) == TokenType.WORD && !t.isAny(k, Words.OPENERS)) {
        head = k;
      }
    }
    return head;
  }

  private int find(int from, int to, TokenType type) {
    for (int k = from; k < to; k++) {
      if (t.type(k) == type) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the role holds the word between {@link #BETWEEN_WORDS} characters, as a piece of
   * splitting it there would be; read in place, as this runs for each role of each recent
   * entity.
   */
  static boolean hasWord(String role, String word) {
    if (word.isEmpty() || BETWEEN_WORDS.matchesAnyOf(word)) {
      return false; // no piece is empty or holds a separator
    }
    for (int at = role.indexOf(word); at >= 0; at = role.indexOf(word, at + 1)) {
      int after = at + word.length();
      if ((at == 0 || BETWEEN_WORDS.matches(role.charAt(at - 1)))
          && (after == role.length() || BETWEEN_WORDS.matches(role.charAt(after)))) {
        return true;
      }
    }
    return false;
  }

  private boolean pluralForm(int k) {
    String s = t.string(k);
    return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && t.lower(k);
  }
}
