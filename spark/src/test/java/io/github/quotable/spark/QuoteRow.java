package io.github.quotable.spark;

import io.github.quotable.Quotation;
import io.github.quotable.Span;
import io.github.quotable.Speaker;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * Every output field of one quotation, written out independently of the job's own conversion so
 * that the tests compare the job against the library, not the job against itself.
 */
record QuoteRow(String id, String type, String kind, String content, int start, int end,
    String speaker, String speakerKind, Boolean speakerNamed, List<String> roles, String cue,
    Integer cueStart, Integer cueEnd, String speakerMention, String addressee, String medium,
    double confidence, String rule) {

  static final Comparator<QuoteRow> BY_ARTICLE_AND_OFFSET =
      Comparator.comparing(QuoteRow::id).thenComparingInt(QuoteRow::start)
          .thenComparingInt(QuoteRow::end);

  /** The columns the job must write, in order. */
  static final List<String> COLUMNS = List.of("id", "type", "kind", "content", "start", "end",
      "speaker", "speaker_kind", "speaker_named", "roles", "cue", "cue_start", "cue_end",
      "speaker_mention", "addressee", "medium", "confidence", "rule");

  /** What the library says. */
  static QuoteRow fromLibrary(String id, Quotation q) {
    Optional<Speaker> s = q.speaker();
    return new QuoteRow(id, q.type().toString(), q.kind().toString(), q.content().text(),
        q.content().start(), q.content().end(),
        s.isPresent() ? s.get().name() : null,
        s.isPresent() ? s.get().kind().toString() : null,
        s.isPresent() ? s.get().named() : null,
        s.isPresent() ? List.copyOf(s.get().roles()) : List.of(),
        q.cue().map(Span::text).orElse(null),
        q.cue().isPresent() ? q.cue().get().start() : null,
        q.cue().isPresent() ? q.cue().get().end() : null,
        q.speakerMention().map(Span::text).orElse(null),
        q.addressee().map(Span::text).orElse(null),
        q.medium().map(Span::text).orElse(null),
        q.confidence(), q.rule());
  }

  /** What the job wrote, read back by column name. */
  static QuoteRow fromOutput(Row r) {
    return new QuoteRow(r.getAs("id"), r.getAs("type"), r.getAs("kind"), r.getAs("content"),
        r.<Integer>getAs("start"), r.<Integer>getAs("end"), r.getAs("speaker"),
        r.getAs("speaker_kind"), r.getAs("speaker_named"),
        List.copyOf(r.getList(r.fieldIndex("roles"))), r.getAs("cue"), r.getAs("cue_start"),
        r.getAs("cue_end"), r.getAs("speaker_mention"), r.getAs("addressee"), r.getAs("medium"),
        r.<Double>getAs("confidence"), r.getAs("rule"));
  }
}
