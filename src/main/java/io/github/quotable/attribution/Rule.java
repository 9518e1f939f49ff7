package io.github.quotable.attribution;

/**
 * The rule (sieve) that found an attribution, with the confidence it earns: the share of the
 * rule's quotations whose content and speaker were both right on annotated news (the 840
 * PolNeAR training articles, by the project's scorer), rounded; rules seen fewer than 25
 * times there are pulled towards 0.6.
 */
public enum Rule {
  /** "“…,” Karimi said." / "…, an Iraqi military spokesman said." */
  CUE_AFTER(0.94),
  /** "“…,” said US Marines Brigadier-General Mark Dolan." */
  INVERTED_CUE_AFTER(0.93),
  /** "And if she wins, he said, he would consider it.": a tag inside its content. */
  PARENTHETICAL_TAG(0.78),
  /** "“I think,” she paused, “that we should wait.”": a tag whose verb is no cue. */
  ACTION_TAG(0.62),
  /** "“A,” he said, “B.”": the part after the tag. */
  CONTINUED(0.94),
  /** "Hamid said that the city would “take all necessary steps”." */
  CUE_BEFORE(0.84),
  /** "She vowed to fight on." */
  CUE_BEFORE_INFINITIVE(0.67),
  /** "She talked about the plan.", "They called for a ban." */
  CUE_BEFORE_PREPOSITION(0.65),
  /** "He denied the allegations." */
  CUE_BEFORE_OBJECT(0.66),
  /** "…, adding that …": the source of the main clause. */
  PARTICIPLE(0.63),
  /** "As many experts have pointed out, …" / "…, as one adviser noted, …" */
  AS_CLAUSE(0.76),
  /** "Many Democrats are afraid that …", "she is determined to …" */
  ADJECTIVE_CUE(0.56),
  /** "Hale's claim that …", "in her view, …" */
  NOUN_CUE(0.46),
  /** "“Never,” was her reply." / "“No,” came the answer from the minister." */
  REPLY(0.6),
  /** "Hale leads by 24 points in the new poll." */
  IN_FINDINGS(0.51),
  /** "Asked about his taxes, …": what someone was asked; no source. */
  ASKED(0.76),
  /** "According to the report, …" / "…, according to X." */
  ACCORDING_TO(0.86),
  /** "Romeo: “Is the day so young?”" */
  COLON(0.7),
  /** "His colleague was blunter: “…”": the sentence's subject before a colon. */
  COLON_AFTER_SUBJECT(0.84),
  /** "“…” — Albert Einstein" */
  DASH(0.58),
  /** "She is expected to announce …", "The deal appears to be off" (no source). */
  RAISING(0.6),
  /** "It is widely believed that …" (no source). */
  PASSIVE(0.56),
  /** A quoted fragment after a cue its sentence already used: "…, calling it a “fantasy”". */
  QUOTED_FRAGMENT(0.65),
  /** "hailed the deal as a “breakthrough”": an object characterised by a quotation. */
  AS_QUOTE(0.63),
  /** A quotation with no cue in its sentence, spoken by the paragraph's last speaker. */
  PARAGRAPH_SPEAKER(0.93),
  /** A quotation with no cue after its own sentence's subject and verb: "The ad targets a “…”". */
  SENTENCE_SUBJECT(0.61),
  /** A quotation standing alone beside a sentence about someone: "Kessel stood up. “…”". */
  ADJACENT_SUBJECT(0.6),
  /** A quotation opening a paragraph after "X said:" ends the one before. */
  INTRODUCED_BEFORE(0.78),
  /** A quotation with no cue in its paragraph, spoken by the last speaker before it. */
  PREVIOUS_SPEAKER(0.33),
  /** A quotation nobody in view can be tied to. */
  UNATTRIBUTED(0.03);

  private final double confidence;
  private final String label;

  Rule(double confidence) {
    this.confidence = confidence;
    this.label = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public double confidence() {
    return confidence;
  }

  /** The name users see in {@code Quotation.rule()}: "cue-after". */
  public String label() {
    return label;
  }
}
