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
      new CueBeforeSieve(),
      new AsClauseSieve(),
      new AdjectiveCueSieve(),
      new NounCueSieve(),
      new ReplySieve(),
      new PassiveSieve(),
      new HearingSieve(),
      new ToldSieve(),
      new RaisingSieve(),
      new EvidenceSieve(),
      new FragmentSieve(),
      new AsQuoteSieve());
}
