/**
 * A user's program: it reads Quotable's results through Quotable's one exported package, and
 * Guava's immutable lists in them through the library's {@code requires transitive}.
 */
module com.example.quotes {
  requires io.github.quotable;
}
