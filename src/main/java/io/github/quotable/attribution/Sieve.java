package io.github.quotable.attribution;

/** One way of finding attributions in a sentence; sieves run in the order of {@link Sieves}. */
interface Sieve {
  void apply(SentenceContext c);
}
