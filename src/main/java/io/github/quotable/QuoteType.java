package io.github.quotable;

/** How a quotation's content is given: a property of the content span. */
public enum QuoteType {
  /** All of the content is inside quotation marks: {@code “We will win,” she said.} */
  DIRECT,
  /** No quotation marks: {@code She said they would win.} */
  INDIRECT,
  /** Quoted and unquoted parts: {@code She said they would “win easily.”} */
  MIXED
}
