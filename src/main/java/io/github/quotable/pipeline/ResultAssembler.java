package io.github.quotable.pipeline;

import com.google.common.collect.ImmutableList;
import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteKind;
import io.github.quotable.Quotation;
import io.github.quotable.Span;
import io.github.quotable.Speaker;
import io.github.quotable.attribution.Attribution;
import io.github.quotable.attribution.ContentSpan;
import io.github.quotable.cues.Cue;
import io.github.quotable.document.Document;
import io.github.quotable.entities.Entity;
import io.github.quotable.mentions.Phrase;
import io.github.quotable.text.Tokens;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns attributions and their entities into the immutable public result. */
final class ResultAssembler {
  private final Document doc;
  private final Tokens t;
  private final Map<Attribution, Entity> speakers;
  private final Set<QuoteKind> kinds;
  private final double minConfidence;
  private final Map<Entity, Speaker> records = new IdentityHashMap<>();

  ResultAssembler(Document doc, Map<Attribution, Entity> speakers, Set<QuoteKind> kinds,
      double minConfidence) {
    this.doc = doc;
    this.t = doc.tokens();
    this.speakers = speakers;
    this.kinds = kinds;
    this.minConfidence = minConfidence;
  }

  ArticleQuotes assemble(List<Attribution> attributions) {
    ImmutableList.Builder<Quotation> quotations = ImmutableList.builder();
    DistinctSpeakers speaking = new DistinctSpeakers();
    int lastEnd = 0;
    for (Attribution a : attributions) {
      if (!kinds.contains(a.kind()) || a.confidence() < minConfidence) {
        continue;
      }
      ContentSpan c = ContentSpan.of(doc, a.first(), a.end());
      if (c == null || c.start() < lastEnd) {
        continue;
      }
      lastEnd = c.end();
      Entity entity = speakers.get(a);
      Optional<Speaker> speaker = Optional.empty();
      if (entity != null) {
        Speaker s = records.get(entity);
        if (s == null) {
          // a speaker's first quotation: its record is made and listed once (records are
          // compared by value, and hashing one walks all of its mentions)
          s = speaker(entity);
          records.put(entity, s);
          speaking.add(s);
        }
        speaker = Optional.of(s);
      }
      Attribution owner = a.sourceOwner();
      quotations.add(new Quotation(c.type(), a.kind(), Span.of(doc.text(), c.start(), c.end()),
          cue(a.cue()), speaker, owner == null ? Optional.empty() : mention(owner.source()),
          phrase(a.addressee()), tokens(a.mediumFirst(), a.mediumEnd()), a.confidence(),
          a.rule().label()));
    }
    return new ArticleQuotes(quotations.build(), speaking.list());
  }

  private Speaker speaker(Entity e) {
    // the mentions by start, and in the order found among equal starts: each as start * 2^32
    // + its place in that order, sorted
    long[] byStart = new long[e.mentionCount()];
    for (int k = 0; k < byStart.length; k++) {
      byStart[k] = (long) e.mentionStart(k) << 32 | k;
    }
    Arrays.sort(byStart);
    ImmutableList.Builder<Span> mentions = ImmutableList.builderWithExpectedSize(byStart.length);
    for (long m : byStart) {
      int k = (int) m;
      mentions.add(Span.of(doc.text(), e.mentionStart(k), e.mentionEnd(k)));
    }
    return new Speaker(e.name(), e.kind(), e.named(), ImmutableList.copyOf(e.roles()),
        mentions.build());
  }

  private Optional<Span> cue(Cue cue) {
    return cue == null ? Optional.empty() : tokens(cue.first(), cue.end());
  }

  /** The expression a source phrase names the speaker by: the name, pronoun or noun group. */
  private Optional<Span> mention(Phrase p) {
    if (p == null) {
      return Optional.empty();
    }
    return p.kind() == Phrase.Kind.NOMINAL
        ? tokens(p.first(), p.hasAppositive() ? p.apposFirst() - 1 : p.end())
        : tokens(p.headFirst(), p.headEnd());
  }

  private Optional<Span> phrase(Phrase p) {
    return p == null ? Optional.empty()
        : tokens(p.first(), p.hasAppositive() ? p.apposFirst() - 1 : p.end());
  }

  private Optional<Span> tokens(int first, int end) {
    if (first < 0 || end <= first) {
      return Optional.empty();
    }
    return Optional.of(Span.of(doc.text(), t.start(first), t.end(end - 1)));
  }
}
