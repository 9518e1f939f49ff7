package io.github.quotable.entities;

import io.github.quotable.SpeakerKind;
import io.github.quotable.document.Document;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.text.Sentence;
import io.github.quotable.text.Tokens;
import java.util.List;

/**
 * A role given by a description that opens one sentence and a name that speaks in the next:
 * "The Ireland captain had a rough afternoon. ‘We were poor,’ Liam Dunne said." gives Liam Dunne
 * the role "Ireland captain". Only when the name is new there and nobody else is named or
 * meant between the two.
 */
final class IntroducedRole {
  /** How many tokens of the earlier sentence's opening may hold the description. */
  private static final int OPENING = 6;

  private IntroducedRole() {}

  /**
   * Gives {@code speaker}, named by {@code source} in the sentence holding token {@code first}
   * (the quotation's or the source's first token), the roles of the person described at the
   * start of the sentence before, if the two may be one.
   */
  static void attach(Document doc, EntityTable table, Entity speaker, Phrase source, int first) {
    Tokens t = doc.tokens();
    int si = t.sentence(first);
    if (si <= 0 || source.kind() != Phrase.Kind.NAME || !speaker.named()
        || speaker.kind != SpeakerKind.PERSON || speaker.mentionCount() == 0) {
      return;
    }
    Sentence before = doc.sentences().get(si - 1);
    Entity described = null;
    int k = before.first() + 1;
    for (; k < before.end() && k - before.first() <= OPENING && described == null; k++) {
      described = table.at(k);
    }
    if (described == null || described.named() || described.kind != SpeakerKind.PERSON
        || described.roles().isEmpty() || !t.is(before.first(), "the")
        || !described.gender.agrees(speaker.gender) || source.hasAppositive()) {
      // "The Ireland captain …", someone described by a role and no one named; not a woman
      // for a man, nor for a name that brings its own description ("Al Cole, a delegate,")
      return;
    }
    int from = t.start(before.first());
    boolean subject = false;
    for (int m = 0; m < described.mentionCount() && !subject; m++) {
      subject = described.mentionStart(m) == from; // its subject, not "The game against …"
    }
    if (!subject) {
      return;
    }
    for (int m = 0; m < speaker.mentionCount(); m++) {
      if (speaker.mentionStart(m) < from) {
        return; // named before: the description may be another
      }
    }
    for (int j = k; j < source.first(); j++) {
      Entity other = table.at(j);
      if (other != null && other != described && other != speaker
          && other.kind == SpeakerKind.PERSON) {
        return; // "…, and referee Tom Hale sent off two players": the role may be his
      }
    }
    List<String> roles = described.roles();
    for (int r = 0; r < roles.size(); r++) {
      speaker.addRole(roles.get(r));
    }
  }
}
