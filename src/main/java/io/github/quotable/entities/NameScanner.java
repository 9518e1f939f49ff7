package io.github.quotable.entities;

import com.google.common.collect.ImmutableList;
import io.github.quotable.SpeakerKind;
import io.github.quotable.document.Document;
import io.github.quotable.lexicon.Gender;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import io.github.quotable.mentions.NounPhrases;
import io.github.quotable.mentions.Words;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Shape;
import io.github.quotable.text.TokenType;
import io.github.quotable.text.Tokens;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every proper name outside quotations, splits off its titles, and clusters the names
 * into entities ("Iranian Defence Minister Brigadier-General Amir Hatami" and "Hatami" are one),
 * recording the roles found around each mention.
 */
final class NameScanner {
  private final Document doc;
  private final Tokens t;
  private final Vocabulary vocabulary;
  private final NounPhrases np;
  private final EntityTable table;
  private final RoleReader roles;
  private final Set<String> capitalisedInside = new HashSet<>();

  NameScanner(Document doc, NounPhrases np, EntityTable table, RoleReader roles) {
    this.doc = doc;
    this.t = doc.tokens();
    this.vocabulary = doc.vocabulary();
    this.np = np;
    this.table = table;
    this.roles = roles;
  }

  void scan() {
    for (Sentence s : doc.sentences()) {
      for (int i = s.first() + 1; i < s.end(); i++) {
        if (t.cap(i) && t.type(i - 1) != TokenType.QUOTE && !Words.terminal(t, i - 1)) {
          capitalisedInside.add(t.string(i).toLowerCase(Locale.ROOT));
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      int i = s.first();
      while (i < s.end()) {
        if (t.depth(i) > 0 || !np.nameToken(i) || Words.particle(t, i)
            && !Words.prefixedName(t, i) && i + 1 < s.end() && !np.nameToken(i + 1)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < s.end() && t.depth(j) == 0 && (np.nameToken(j) || joins(j, s.end()))) {
          j++;
        }
        run(s, i, j);
        i = j;
      }
    }
  }

  /** "of" or "for" inside an organisation or title: "Bank of England", "Secretary of State". */
  private boolean joins(int j, int end) {
    return (t.is(j, "of") || t.is(j, "for")) && j + 1 < end && Words.nameWord(t, j + 1)
        && (t.is(j - 1, WordClass.ORG) || t.is(j - 1, WordClass.TITLE));
  }

  private void run(Sentence s, int first, int end) {
    if (!isName(s, first, end)) {
      return;
    }
    int core = coreStart(first, end);
    if (core >= end) {
      return;
    }
    ImmutableList<String> key = NameKey.of(t, core, end);
    if (key.isEmpty()) {
      return;
    }
    SpeakerKind kind = kind(first, core, end);
    Gender gender = gender(first, core, end);
    Entity e = table.find(key, gender);
    String name = t.string(core, end);
    if (e == null) {
      e = table.create(name, key, kind, true);
    } else {
      table.rename(e, name, key);
      if (kind == SpeakerKind.ORGANIZATION && core < end - 1) {
        e.kind = kind;
      }
    }
    e.personLikely |= kind == SpeakerKind.PERSON && (core > first || key.size() > 1
        || t.is(core, WordClass.FIRST_NAME));
    e.learnGender(gender);
    table.mention(e, core, end);
    acronymAfter(e, end, s.end());
    for (String role : roles.roles(first, core, end, s.first(), s.end())) {
      e.addRole(role);
    }
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
    return capitalisedInside.contains(t.string(first).toLowerCase(Locale.ROOT))
        || first + 1 < t.size() && (t.type(first + 1) == TokenType.POSSESSIVE
            || t.is(first + 1, WordClass.CUE));
  }

  /** Where the name proper starts: after the last title, honorific, role or demonym. */
  private int coreStart(int first, int end) {
    int core = first;
    for (int k = first; k < end; k++) {
      int n = vocabulary.phrase(WordClass.TITLE, t, k, t.word(k));
      if (n > 0 && k + n < end || np.isTitleLike(k) && k + 1 < end
          || t.is(k, WordClass.HONORIFIC)) {
        core = k + Math.max(n, 1);
        k = core - 1;
      }
    }
    if (hasOrganisationWord(core, end)) {
      while (core > first && !t.is(core - 1, WordClass.TITLE)
          && !t.is(core - 1, WordClass.HONORIFIC) && !Words.role(t, core - 1)) {
        core--;
      }
    }
    return core;
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

  private SpeakerKind kind(int first, int core, int end) {
    if (hasOrganisationWord(core, end) || end - core == 1 && t.has(core, Shape.UPPER)
        && !t.is(core, WordClass.FIRST_NAME) || core == first && first > 0
        && t.is(first - 1, "the")) {
      return SpeakerKind.ORGANIZATION;
    }
    return SpeakerKind.PERSON;
  }

  private Gender gender(int first, int core, int end) {
    for (int k = first; k < end; k++) {
      Word w = t.word(k);
      if (w != null && w.gender() != Gender.UNKNOWN && (k < core || k == core
          && w.is(WordClass.FIRST_NAME))) {
        return w.gender();
      }
    }
    return Gender.UNKNOWN;
  }

  /** "Human Rights Watch (HRW)": the acronym becomes an alias. */
  private void acronymAfter(Entity e, int end, int sentenceEnd) {
    if (end + 2 < sentenceEnd && t.isChar(end, '(') && t.has(end + 1, Shape.UPPER)
        && t.isChar(end + 2, ')')) {
      table.alias(e, NameKey.of(t, end + 1, end + 2));
      table.mention(e, end + 1, end + 2);
    }
  }
}
