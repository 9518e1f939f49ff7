package io.github.quotable.marks;

import java.util.Arrays;

/**
 * The quotation marks of a paragraph still open, innermost last. Finding the innermost open
 * mark of a family (double or single) takes constant time however deep the stack, so a
 * paragraph of many thousands of marks is paired in time linear in its length.
 */
final class OpenMarks {
  private int[] tokens = new int[16];
  /** For each stack index k, the index of the last double mark in [0, k], or -1. */
  private int[] lastDouble = new int[16];
  /** For each stack index k, the index of the last single mark in [0, k], or -1. */
  private int[] lastSingle = new int[16];
  private int size;

  void push(int token, boolean isDouble) {
    if (size == tokens.length) {
      grow(); // rare, and kept out of push, which the compiler inlines into the pairer
    }
    tokens[size] = token;
    lastDouble[size] = isDouble ? size : size == 0 ? -1 : lastDouble[size - 1];
    lastSingle[size] = !isDouble ? size : size == 0 ? -1 : lastSingle[size - 1];
    size++;
  }

  private void grow() {
    tokens = Arrays.copyOf(tokens, size * 2);
    lastDouble = Arrays.copyOf(lastDouble, size * 2);
    lastSingle = Arrays.copyOf(lastSingle, size * 2);
  }

  /** The stack index of the innermost open mark of the family, or -1. */
  int innermost(boolean isDouble) {
    if (size == 0) {
      return -1;
    }
    return isDouble ? lastDouble[size - 1] : lastSingle[size - 1];
  }

  /** Whether the mark at stack index k is a double one. */
  boolean isDouble(int k) {
    return lastDouble[k] == k;
  }

  /** The token of the mark at stack index k. */
  int token(int k) {
    return tokens[k];
  }

  /** Closes the mark at stack index k and every mark opened after it. */
  void popTo(int k) {
    size = k;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
