package io.github.quotable.attribution;

import com.google.common.collect.ImmutableList;

/** The sentence sieves, from most to least precise; each decides only what is still open. */
final class Sieves {
  private Sieves() {}

  static final ImmutableList<Sieve> IN_ORDER = ImmutableList.of(
      new FrontedParticipleSieve(),
      new CueAfterSieve(),
      new AccordingToSieve(),
      new DashSieve(),
      new ColonSieve(),
      // a main clause's passive before the cue-before sieve: a cue inside what a court heard
      // or someone was told ("Magistrates were told the dog had attacked twice") is part of
      // the content; a passive inside a report ("She said he was told …") waits
      new HearingSieve(true),
      new ToldSieve(true),
      new CueBeforeSieve(),
      new AsClauseSieve(),
      new AdjectiveCueSieve(),
      new NounCueSieve(),
      new ReplySieve(),
      new PassiveSieve(),
      new HearingSieve(false),
      new ToldSieve(false),
      new RaisingSieve(),
      new EvidenceSieve(),
      new FragmentSieve(),
      new AsQuoteSieve());
}
