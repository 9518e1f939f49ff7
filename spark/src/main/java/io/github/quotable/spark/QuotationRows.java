package io.github.quotable.spark;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.Quotation;
import io.github.quotable.Span;
import io.github.quotable.Speaker;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The output table: one row per quotation, in the article's order. Offsets are the library's
 * UTF-16 offsets into the article text; what the article does not say is null, and a quotation
 * without a speaker has no roles (an empty array).
 */
final class QuotationRows {
  /** The columns of the output, in order. */
  static final StructType SCHEMA = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("content", DataTypes.StringType, false),
      field("start", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("speaker", DataTypes.StringType, true),
      field("speaker_kind", DataTypes.StringType, true),
      field("speaker_named", DataTypes.BooleanType, true),
      field("roles", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("cue", DataTypes.StringType, true),
      field("cue_start", DataTypes.IntegerType, true),
      field("cue_end", DataTypes.IntegerType, true),
      field("speaker_mention", DataTypes.StringType, true),
      field("addressee", DataTypes.StringType, true),
      field("medium", DataTypes.StringType, true),
      field("confidence", DataTypes.DoubleType, false),
      field("rule", DataTypes.StringType, false),
  });

  private QuotationRows() {}

  /** The rows of one article's quotations, in text order. */
  static List<Row> of(String id, ArticleQuotes result) {
    return result.quotations().stream().map(q -> row(id, q)).toList();
  }

  static Row row(String id, Quotation q) {
    Optional<Speaker> s = q.speaker();
    return RowFactory.create(
        id,
        q.type().name(),
        q.kind().name(),
        q.content().text(),
        q.content().start(),
        q.content().end(),
        s.map(Speaker::name).orElse(null),
        s.map(x -> x.kind().name()).orElse(null),
        s.map(Speaker::named).orElse(null),
        roles(s),
        text(q.cue()),
        q.cue().map(Span::start).orElse(null),
        q.cue().map(Span::end).orElse(null),
        text(q.speakerMention()),
        text(q.addressee()),
        text(q.medium()),
        q.confidence(),
        q.rule());
  }

  /** Spark's row encoder takes a Scala sequence for an array column, not a Java list. */
  private static Seq<String> roles(Optional<Speaker> speaker) {
    List<String> roles = speaker.<List<String>>map(Speaker::roles).orElse(List.of());
    return CollectionConverters.asScala(roles).toSeq();
  }

  private static String text(Optional<Span> span) {
    return span.map(Span::text).orElse(null);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
