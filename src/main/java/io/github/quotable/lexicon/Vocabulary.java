package io.github.quotable.lexicon;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Lexicon;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Everything the lexicons know, as lookups by token: one immutable object, built once per
 * extractor (the defaults once per JVM) and shared by all threads.
 */
public final class Vocabulary {
  private final CaseInsensitiveTable<Word> words;
  private final Map<WordClass, PhraseTable> phrases;
  private final Map<String, String> expansions;
  private final ImmutableList<String> phrasalSecond;
  /** Each of {@link #phrasalSecond}'s words to its index + 1 (the table's int; 0 for none). */
  private final CaseInsensitiveTable<Integer> phrasalSecondIndex;
  /** The length of the longest word in {@link #phrasalSecond}. */
  private final int phrasalSecondLength;
  /** By the index of their first fixed word in {@link #phrasalSecond}, the phrasal cues. */
  private final ImmutableList<ImmutableList<PhrasalCue>> phrasalBySecond;

  Vocabulary(Map<String, Word> words, Map<WordClass, PhraseTable> phrases,
      Map<String, String> expansions, List<PhrasalCue> phrasal) {
    // loops, not streams: a lambda here would start the JVM's lambda machinery before the
    // first result
    Map<String, ImmutableList.Builder<PhrasalCue>> bySecond = new LinkedHashMap<>();
    for (PhrasalCue p : phrasal) {
      ImmutableList.Builder<PhrasalCue> same = bySecond.get(p.tail().get(0));
      if (same == null) {
        same = ImmutableList.builder();
        bySecond.put(p.tail().get(0), same);
      }
      same.add(p);
    }
    ImmutableList.Builder<ImmutableList<PhrasalCue>> grouped = ImmutableList.builder();
    for (ImmutableList.Builder<PhrasalCue> same : bySecond.values()) {
      grouped.add(same.build());
    }
    this.phrasalSecond = ImmutableList.copyOf(bySecond.keySet());
    Map<String, Integer> index = new LinkedHashMap<>();
    int longest = 0;
    for (String second : phrasalSecond) {
      index.put(second, index.size() + 1);
      longest = Math.max(longest, second.length());
    }
    this.phrasalSecondIndex = new CaseInsensitiveTable<>(index, INDEX);
    this.phrasalSecondLength = longest;
    this.phrasalBySecond = grouped.build();
    this.words = new CaseInsensitiveTable<>(words, CLASSES);
    this.phrases = new EnumMap<>(phrases);
    this.expansions = Map.copyOf(expansions);
  }

  /** A word's classes as an int (they fit: see {@link #entryClasses}). */
  private static final ToIntFunction<Word> CLASSES = new ToIntFunction<>() {
    @Override
    public int applyAsInt(Word w) {
      return (int) w.classes();
    }
  };

  /** An index's own value, for {@link #phrasalSecondIndex}. */
  private static final ToIntFunction<Integer> INDEX = new ToIntFunction<>() {
    @Override
    public int applyAsInt(Integer i) {
      return i;
    }
  };

  static {
    if (WordClass.values().length > Integer.SIZE) {
      throw new AssertionError("Vocabulary keeps a word's classes in an int: make it a long");
    }
  }

  /**
   * The cues made of a verb form and fixed words ("made it clear") whose first fixed word is
   * {@code phrasalSecondWords().get(second)}, in lexicon order: only those are compared with a
   * token before that word ("the", "a" and "his" open some).
   */
  public ImmutableList<PhrasalCue> phrasalCuesBefore(int second) {
    return phrasalBySecond.get(second);
  }

  /**
   * The first fixed words of the phrasal cues ("it", "clear"), each once, to rule most tokens
   * out: a list, read by index, as a set's iterator was allocated at every lower-case token.
   */
  public ImmutableList<String> phrasalSecondWords() {
    return phrasalSecond;
  }

  /**
   * The index in {@link #phrasalSecondWords()} of the word text[start, end), compared without
   * case, or -1: one hashed lookup where a comparison with each word was made at every
   * lower-case token.
   */
  public int phrasalSecond(char[] text, int start, int end) {
    return end - start > phrasalSecondLength ? -1 : phrasalSecondIndex.intAt(text, start, end) - 1;
  }

  /** The vocabulary of the default lexicons. */
  public static Vocabulary defaults() {
    return Defaults.VOCABULARY;
  }

  /**
   * A vocabulary from the given entries of each lexicon; a lexicon not in the map keeps its
   * defaults.
   *
   * @throws IllegalArgumentException naming the lexicon and the line, if a line is malformed
   */
  public static Vocabulary of(Map<Lexicon, ? extends List<String>> entries) {
    VocabularyBuilder b = new VocabularyBuilder();
    b.grammar(LexiconSource.resource("grammar.txt"));
    for (Lexicon lexicon : Lexicon.values()) {
      List<String> lines = entries.get(lexicon);
      b.add(lexicon, lines == null ? LexiconSource.defaults(lexicon) : lines);
    }
    return b.build();
  }

  /** The word at text[start, end), compared without case, or null if no lexicon has it. */
  public Word lookup(CharSequence text, int start, int end) {
    return lookup(text.subSequence(start, end).toString().toCharArray(), 0, end - start);
  }

  /** The word at text[start, end), compared without case, or null: the tokenizer's lookup. */
  public Word lookup(char[] text, int start, int end) {
    return words.get(text, start, end);
  }

  /**
   * {@link #lookup(char[], int, int)} for a caller that has read the region's chars anyway and
   * built {@code hash} over them with {@link #hashStep}, from 0: the chars are not read again
   * unless an entry's hash matches.
   */
  public Word lookup(char[] text, int start, int end, int hash) {
    return words.value(words.slot(hash, text, start, end));
  }

  /**
   * The entry of text[start, end), as {@link #lookup(char[], int, int, int)} finds it: a
   * number that {@link #entryWord} and {@link #entryClasses} read, the second without following
   * the reference to the word. There is an entry for no word: null, no classes.
   */
  public int entry(char[] text, int start, int end, int hash) {
    return words.slot(hash, text, start, end);
  }

  /**
   * Reads the table where {@link #entry} will look for a region of this hash, so that the
   * lookup finds it in the cache; returns what it read (use it, or the compiler drops the read).
   */
  public int touch(int hash) {
    return words.touch(hash);
  }

  /** The word of an entry, or null. */
  public Word entryWord(int entry) {
    return words.value(entry);
  }

  /** The classes of an entry's word as {@link Word#classes()} gives them (all fit in an int). */
  public int entryClasses(int entry) {
    return words.intOf(entry);
  }

  /** The lookup hash of a region so far, with one more char (see the four-argument lookup). */
  public static int hashStep(int hash, char c) {
    return CaseInsensitiveTable.step(hash, c);
  }

  /**
   * The number of tokens, from token i, of the longest entry of the class's lexicon there:
   * 1 for a one-word entry, more for a phrase ("Prime Minister"), 0 if none.
   *
   * @param word the vocabulary entry of token i (null if unknown)
   */
  public int phrase(WordClass c, TokenView t, int i, Word word) {
    if (word == null) {
      return 0;
    }
    PhraseTable table = phrases.get(c);
    int n = table != null && table.startsWith(word.form()) ? table.match(t, i, word.form()) : 0;
    return n > 0 ? n : word.is(c) ? 1 : 0;
  }

  /** The full form of an abbreviated title or phrase ("Senator" for "Sen."), or null. */
  public String expansion(String phrase) {
    return expansions.get(phrase.toLowerCase(Locale.ROOT));
  }

  private static final class Defaults {
    static final Vocabulary VOCABULARY = load();

    private static Vocabulary load() {
      Map<Lexicon, ImmutableList<String>> entries = new EnumMap<>(Lexicon.class);
      for (Lexicon l : Lexicon.values()) {
        entries.put(l, LexiconSource.defaults(l));
      }
      return of(entries);
    }
  }
}
