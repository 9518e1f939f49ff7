package io.github.quotable.text;

/**
 * One sentence: tokens [first, end) of one paragraph. A quotation that spans several
 * sentences is kept whole inside one, so that "“A. B,” he said." is a single sentence.
 *
 * @param index position among the document's sentences
 * @param first first token
 * @param end token after the last
 * @param paragraph the paragraph's index
 */
public record Sentence(int index, int first, int end, int paragraph) {

  public int size() {
    return end - first;
  }

  public boolean contains(int token) {
    return token >= first && token < end;
  }
}
