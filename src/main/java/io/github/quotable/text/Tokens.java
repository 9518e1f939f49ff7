package io.github.quotable.text;

import io.github.quotable.lexicon.TokenView;
import io.github.quotable.lexicon.Vocabulary;
import io.github.quotable.lexicon.Word;
import io.github.quotable.lexicon.WordClass;
import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one text in parallel arrays (no object per token): offsets, type, shape, the
 * lexicon entry, and what later stages add (paragraph, sentence, quotation depth).
 */
public final class Tokens implements TokenView {
  private static final TokenType[] TYPES = TokenType.values();
  private final String text;
  /**
   * The text's chars: read one by one, a char array is cheaper than the String. Two NUL chars
   * follow them, which the tokenizer reads instead of testing for the end of the text.
   */
  private final char[] chars;
  /** The vocabulary the words were looked up in. */
  private Vocabulary vocabulary;
  private int size;
  private int[] start;
  private int[] end;
  private byte[] type;
  /** The {@link Shape} bits, which fit in a short. */
  private short[] shape;
  private Word[] word;
  /**
   * The class mask of each token's lexicon entry (0 if none), beside the entries: the class
   * tests, the commonest questions asked of a token, read one array instead of following the
   * entry's reference. An int holds them all (checked below).
   */
  private int[] classes;

  static {
    if (WordClass.values().length > Integer.SIZE) {
      throw new AssertionError("Tokens keeps a word's classes in an int: make it a long");
    }
  }
  /**
   * The first token of each paragraph (which {@link Shape#PARAGRAPH_START} marks too): a
   * paragraph holds many tokens, so this is much smaller than a paragraph index per token.
   */
  private int[] paragraphStart = new int[16];
  private int paragraphs;
  int[] sentence;
  byte[] depth;

  /** Tokens with room for capacity, in the scratch's arrays if it keeps that many. */
  Tokens(String text, char[] chars, int capacity, Scratch scratch) {
    this.text = text;
    this.chars = chars;
    this.arrays = scratch.tokenArrays(capacity);
    start = arrays.start;
    end = arrays.end;
    type = arrays.type;
    shape = arrays.shape;
    word = arrays.word;
    classes = arrays.classes;
  }

  /** Where the arrays came from. */
  private final Scratch arrays;

  /**
   * Makes room for one more token (which starts at offset s), before each {@link #add}: the
   * test is the tokenizer's loop's, once a token, rather than add's, which the compiler inlines
   * into each of the tokenizer's calls. Few texts grow their arrays, and the first compiled
   * tokenizer has never seen one do it: the test, met true, sends its code back to be compiled
   * again, and that is cheaper for the loop than for the tokenizer's two large methods.
   */
  void makeRoom(int s) {
    if (size == start.length) {
      grow(s);
    }
  }

  /**
   * Marks the next token added as the first of its paragraph; its shape carries {@link
   * Shape#PARAGRAPH_START}. Called by the tokenizer's loop, once a paragraph, which keeps
   * {@link #add} to its stores: the compiler inlines add at each of the tokenizer's calls.
   */
  void startParagraph() {
    if (paragraphs == paragraphStart.length) {
      paragraphStart = Arrays.copyOf(paragraphStart, paragraphs * 2);
    }
    paragraphStart[paragraphs++] = size;
  }

  /** Adds a token without a lexicon entry; {@link #makeRoom} has made room for it. */
  void add(int s, int e, TokenType t, int sh) {
    start[size] = s;
    end[size] = e;
    type[size] = (byte) t.ordinal();
    shape[size] = (short) sh;
    word[size] = null;
    classes[size] = 0;
    size++;
  }

  /** Adds a token with its lexicon entry w (or none if null): a possessive's ending. */
  void addWithEntry(int s, int e, TokenType t, int sh, Word w) {
    add(s, e, t, sh);
    word[size - 1] = w;
    classes[size - 1] = w == null ? 0 : (int) w.classes();
  }

  /**
   * Makes room for the tokens of the rest of the text, estimated from those before offset
   * (with an eighth to spare), and at least half as many again as there are.
   */
  private void grow(int offset) {
    long estimate = (long) size * text.length() / Math.max(1, offset);
    int n = (int) Math.min(Integer.MAX_VALUE - 8,
        Math.max(size + size / 2 + 16, estimate + estimate / 8));
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    type = Arrays.copyOf(type, n);
    shape = Arrays.copyOf(shape, n);
    word = Arrays.copyOf(word, n);
    classes = Arrays.copyOf(classes, n);
  }

  /**
   * Adds a word or number whose lexicon entry {@link #lookUpWords} finds later, from the
   * lookup hash of its chars (see {@link Vocabulary#lookup(char[], int, int, int)}), kept
   * meanwhile where its classes will go.
   */
  void addWord(int s, int e, TokenType t, int sh, int hash) {
    add(s, e, t, sh);
    classes[size - 1] = hash;
  }

  /**
   * Finds the lexicon entries of the words and numbers once the text is read, a paragraph at a
   * time: the lookups, each waiting on memory the tokenizer's other work has pushed out of the
   * cache, go on side by side in the processor instead of one at a time. (A paragraph's are
   * many; loops over the whole text, run once a text, were compiled on the stack (OSR) loop by
   * loop while they ran, and again whole for later texts.)
   */
  void lookUpWords(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    for (int p = 0; p < paragraphs; p++) {
      int end = p + 1 < paragraphs ? paragraphStart[p + 1] : size;
      lookUpWords(vocabulary, paragraphStart[p], end);
    }
  }

  /** Finds the lexicon entries of tokens [from, to). */
  private void lookUpWords(Vocabulary vocabulary, int from, int to) {
    // two loops: the first reads the table where each lookup will start, without a branch on
    // what it reads, so that its reads from memory overlap (the lookups branch on what they
    // read, which would make each read wait for the one before); the second looks up and
    // stores each entry found at once (a third loop for the stores cost more than it saved)
    int touched = 0;
    for (int i = from; i < to; i++) {
      touched += vocabulary.touch(classes[i]);
    }
    this.touched += touched;
    for (int i = from; i < to; i++) {
      if (type[i] <= LAST_LOOKED_UP) {
        int entry = vocabulary.entry(chars, start[i], end[i], classes[i]);
        word[i] = vocabulary.entryWord(entry);
        classes[i] = vocabulary.entryClasses(entry);
      }
    }
  }

  /** What the first loop of {@link #lookUpWords} read: kept, so that the reads are made. */
  @SuppressWarnings("unused")
  private int touched;

  /** The types {@link #addWord} adds, first in {@link TokenType}. */
  private static final int LAST_LOOKED_UP = TokenType.NUMBER.ordinal();

  static {
    if (TokenType.WORD.ordinal() != 0 || LAST_LOOKED_UP != 1) {
      throw new AssertionError("Tokens.lookUpWords expects WORD and NUMBER first");
    }
  }

  void prepareLaterStages() {
    // the scratch's arrays have room unless add had to grow the token arrays
    boolean room = arrays.sentence.length >= size;
    sentence = room ? arrays.sentence : new int[size];
    depth = room ? arrays.depth : new byte[size];
    // zeros, as in new arrays, whatever the text before left
    Arrays.fill(sentence, 0, size, 0);
    Arrays.fill(depth, 0, size, (byte) 0);
  }

  /**
   * An array of {@link #size()} zeros to work in until the sentences are set, which write over
   * it: the array that will hold each token's sentence, lent to the quotation pairer so that it
   * does not allocate one of its own.
   */
  public int[] scratch() {
    Arrays.fill(sentence, 0, size, 0);
    return sentence;
  }

  /** Reads the quotation mark at token i as a possessive apostrophe ("the farmers' union"). */
  public void markPossessive(int i) {
    if (type(i) == TokenType.QUOTE) {
      type[i] = (byte) TokenType.POSSESSIVE.ordinal();
    }
  }

  /** Sets how many quotations each token lies inside (capped at 127). */
  public void setDepths(int[] depths) {
    for (int i = 0; i < size; i++) {
      depth[i] = (byte) Math.min(127, depths[i]);
    }
  }

  /** The vocabulary the words were looked up in, or null before. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The index of token i among the vocabulary's {@link Vocabulary#phrasalSecondWords()}, or
   * -1 (also before the lexicon is looked up).
   */
  public int phrasalSecond(int i) {
    return vocabulary == null ? -1 : vocabulary.phrasalSecond(chars, start[i], end[i]);
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int start(int i) {
    return start[i];
  }

  @Override
  public int end(int i) {
    return end[i];
  }

  public TokenType type(int i) {
    return TYPES[type[i]];
  }

  public boolean isWord(int i) {
    return type[i] == TokenType.WORD.ordinal();
  }

  public int shape(int i) {
    return shape[i];
  }

  public boolean has(int i, int shapeBits) {
    return (shape[i] & shapeBits) != 0;
  }

  /** Whether the token is a capitalised word. */
  public boolean cap(int i) {
    return (shape[i] & Shape.CAP) != 0 && type[i] == TokenType.WORD.ordinal();
  }

  /** Whether the token is a word starting with a lower-case letter. */
  public boolean lower(int i) {
    return (shape[i] & Shape.LOWER) != 0;
  }

  /** The lexicon entry of the token, or null. */
  public Word word(int i) {
    return word[i];
  }

  /** Whether the token's lexicon entry has the class. */
  public boolean is(int i, WordClass c) {
    return (classes[i] & c.bit()) != 0; // an int, widened
  }

  /** Whether the token's lexicon entry has any class of the mask. */
  public boolean isAny(int i, long mask) {
    return (classes[i] & mask) != 0;
  }

  /** The index of the paragraph holding token i (found among the paragraphs' starts). */
  public int paragraph(int i) {
    int k = Arrays.binarySearch(paragraphStart, 0, paragraphs, i);
    return k >= 0 ? k : -k - 2;
  }

  /** How many paragraphs the text has (none if it has no token). */
  public int paragraphCount() {
    return paragraphs;
  }

  /** The first token of paragraph p. */
  public int paragraphStart(int p) {
    return paragraphStart[p];
  }

  /** Whether token i starts a paragraph (token 0 does). */
  public boolean startsParagraph(int i) {
    return (shape[i] & Shape.PARAGRAPH_START) != 0;
  }

  public int sentence(int i) {
    return sentence[i];
  }

  /** How many quotations the token lies inside (0 outside any). */
  public int depth(int i) {
    return depth[i];
  }

  public char firstChar(int i) {
    return chars[start[i]];
  }

  /**
   * The text's char at an offset, read from the array: a String checks its coder (Latin-1 or
   * UTF-16, by the text) at every char, and a loop compiled for one coder deoptimises on the
   * other.
   */
  public char charAt(int offset) {
    return chars[offset];
  }

  /** Whether the text's char at an offset is lower case, as {@link Character#isLowerCase(char)}. */
  public boolean lowerAt(int offset) {
    return CharClass.is(chars[offset], CharClass.LOWER);
  }

  /** Whether the text's char at an offset is upper case, as {@link Character#isUpperCase(char)}. */
  public boolean upperAt(int offset) {
    return CharClass.is(chars[offset], CharClass.UPPER);
  }

  /** Whether the token is exactly this one character. */
  public boolean isChar(int i, char c) {
    int from = start[i];
    return chars[from] == c && end[i] - from == 1; // the char first: it tells most tokens apart
  }

  /**
   * Whether the token is exactly this string, compared without case. Small enough for the JIT
   * to inline at every call: most calls end at the length test or at the first char, and the
   * length and first char of a constant string are constants there.
   */
  public boolean is(int i, String s) {
    int from = start[i];
    return end[i] - from == s.length() && mayBeSame(chars[from], s.charAt(0))
        && sameChars(from, s);
  }

  /**
   * False only if chars a and b differ without case: ASCII chars that differ in more than the
   * case bit; any pair with a char outside ASCII passes (to {@link #sameChars}). No branch.
   */
  private static boolean mayBeSame(char a, char b) {
    int asciiOnly = (((a | b) >>> 7) - 1) >> 31; // all ones if both are ASCII, else 0
    return ((a ^ b) & ~0x20 & asciiOnly) == 0;
  }

  /**
   * Whether the chars from offset {@code from} are s's, compared without case as
   * {@link String#regionMatches(boolean, int, String, int, int)} compares them. A literal char in
   * ASCII is settled here ({@link #foldsTo}); only a literal with a char outside ASCII ("’s")
   * asks String, out of line.
   */
  private boolean sameChars(int from, String s) {
    int length = s.length();
    for (int k = 0; k < length; k++) {
      char a = chars[from + k];
      char b = s.charAt(k);
      if (a == b) {
        continue;
      }
      if (b >= 0x80) {
        return regionMatches(from, s);
      }
      if (a < 0x80 ? asciiLower(a) != asciiLower(b) : !foldsTo(a, b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a char outside ASCII equals an ASCII char without case, as String compares them:
   * over the whole of the BMP, only dotted and dotless I with "i", long S with "s" and the
   * Kelvin sign with "k" do.
   */
  static boolean foldsTo(char outside, char ascii) {
    int lower = ascii | 0x20;
    return (outside == '\u0130' || outside == '\u0131') && lower == 'i'
        || outside == '\u017f' && lower == 's' || outside == '\u212a' && lower == 'k';
  }

  private boolean regionMatches(int from, String s) {
    return text.regionMatches(true, from, s, 0, s.length());
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The token's characters (allocates; not for hot loops). */
  public String string(int i) {
    return text.substring(start[i], end[i]);
  }

  /**
   * The token's characters in lower case, as {@code string(i).toLowerCase(Locale.ROOT)} gives
   * them; an ASCII token is lower-cased straight from the text, without the substring.
   */
  public String lowerString(int i) {
    int from = start[i];
    char[] out = new char[end[i] - from];
    for (int k = 0; k < out.length; k++) {
      char c = chars[from + k];
      if (c >= 0x80) {
        return string(i).toLowerCase(Locale.ROOT);
      }
      out[k] = asciiLower(c);
    }
    return new String(out);
  }

  /** The text from the start of token a to the end of token b - 1. */
  public String string(int a, int b) {
    return a >= b ? "" : text.substring(start[a], end[b - 1]);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      sb.append(i == 0 ? "" : " ").append(string(i));
    }
    return sb.toString();
  }
}
