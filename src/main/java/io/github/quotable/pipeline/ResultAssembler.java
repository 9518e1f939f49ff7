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
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
    Map<Speaker, Boolean> speaking = new LinkedHashMap<>();
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
      boolean first = entity != null && !records.containsKey(entity);
      Optional<Speaker> speaker = Optional.ofNullable(entity).map(this::speaker);
      if (first) {
        // once per entity: hashing a speaker reads all its mentions
        speaking.put(speaker.get(), true);
      }
      Attribution owner = a.sourceOwner();
      quotations.add(new Quotation(c.type(), a.kind(), Span.of(doc.text(), c.start(), c.end()),
          cue(a.cue()), speaker, owner == null ? Optional.empty() : mention(owner.source()),
          phrase(a.addressee()), tokens(a.mediumFirst(), a.mediumEnd()), a.confidence(),
          a.rule().label()));
    }
    return new ArticleQuotes(quotations.build(), ImmutableList.copyOf(speaking.keySet()));
  }

  private Speaker speaker(Entity e) {
    return records.computeIfAbsent(e, x -> new Speaker(x.name(), x.kind(), x.named(),
        ImmutableList.copyOf(x.roles()),
        x.mentions().stream().sorted(Comparator.comparingInt(m -> m[0]))
            .map(m -> Span.of(doc.text(), m[0], m[1]))
            .collect(ImmutableList.toImmutableList())));
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
