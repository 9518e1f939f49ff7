package io.github.quotable.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Reads inputs and writes outputs for the command line, naming on stderr what fails. */
final class Inputs {
  /** Where messages go; null until the first when they are kept ({@link #keepingMessages}). */
  private PrintStream err;
  /** The messages kept, or null when they go to a stream given. */
  private final ByteArrayOutputStream kept;
  private boolean failed;

  Inputs(PrintStream err) {
    this.err = err;
    this.kept = null;
  }

  private Inputs(ByteArrayOutputStream kept) {
    this.kept = kept;
  }

  /**
   * Inputs whose messages are kept, for {@link #messages}. The stream that prints them is made
   * with the first: most inputs have none, and a PrintStream allocates 24 KB of buffers, which
   * made a fifth of what the command line allocated for its inputs and outputs.
   */
  static Inputs keepingMessages() {
    return new Inputs(new ByteArrayOutputStream());
  }

  /** The messages kept (see {@link #keepingMessages}), or "" if none. */
  String messages() {
    return kept == null ? "" : kept.toString(StandardCharsets.UTF_8);
  }

  private PrintStream err() {
    if (err == null) {
      err = new PrintStream(kept, true, StandardCharsets.UTF_8);
    }
    return err;
  }

  boolean failed() {
    return failed;
  }

  /** A file, or the *.txt files of a folder in name order; a folder without any is named. */
  List<Path> expand(Path p) {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.list(p)) {
        List<Path> articles = s.filter(f -> f.getFileName().toString().endsWith(".txt")
            && Files.isRegularFile(f)).sorted().toList();
        if (articles.isEmpty()) {
          fail(p, "is a folder with no *.txt articles");
        }
        return articles;
      } catch (IOException | UncheckedIOException e) {
        fail(p, "cannot list the folder: " + e.getMessage());
        return List.of();
      }
    }
    return List.of(p);
  }

  String read(Path f) {
    try {
      return decode(Files.readAllBytes(f), f.toString());
    } catch (IOException | SecurityException e) {
      fail(f, "cannot read it" + (Files.exists(f) ? "" : ": no such file"));
      return null;
    } catch (OutOfMemoryError e) {
      fail(f, "too large to read into memory");
      return null;
    }
  }

  String readStdin(InputStream in) {
    try {
      return decode(in.readAllBytes(), "standard input");
    } catch (IOException e) {
      failed = true;
      err().println("quotable: cannot read standard input: " + e.getMessage());
      return null;
    }
  }

  /** UTF-8; malformed bytes become U+FFFD with a warning naming the input. */
  private String decode(byte[] bytes, String name) {
    // the String constructor is the JDK's fast path; it turns each malformed sequence into
    // U+FFFD, so a text without one was valid and decodes the same way in the checked path
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      err().println("quotable: " + name + ": not valid UTF-8; bad bytes read as U+FFFD, offsets"
          + " refer to the text so decoded");
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Creates the output folder; refuses a folder that holds an input's output name clash. */
  boolean prepareOutput(Path dir, List<Path> files) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      fail(dir, "cannot create the output folder");
      return false;
    }
    SameFiles inputs = new SameFiles(files);
    for (Path f : files) {
      Path o = output(dir, f);
      if (inputs.holds(o)) {
        err().println("quotable: " + o + " would overwrite an input; choose another --out");
        return false;
      }
    }
    return true;
  }

  void writeJson(Path dir, Path input, String json) {
    Path target = output(dir, input);
    Path[] tmp = {null};
    try {
      ByteBuffer bytes = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
      try (SeekableByteChannel out = createTemp(dir, tmp)) {
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
      }
      try {
        Files.move(tmp[0], target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp[0], target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      fail(target, "cannot write it: " + e.getMessage());
      if (tmp[0] != null) {
        try {
          Files.deleteIfExists(tmp[0]);
        } catch (IOException ignored) {
          // the temporary file is ours; nothing else to do
        }
      }
    }
  }

  /** The temporary files' names, made when the first is (a run that writes none never asks). */
  private static final class Temp {
    static final String PREFIX = ".quotable-" + ProcessHandle.current().pid() + "-";
    static final AtomicLong COUNT = new AtomicLong();
    static final Set<StandardOpenOption> NEW_FILE =
        EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /**
   * Creates a new file in dir to write an output into before it is moved into place (its path
   * put in {@code created[0]}), readable and writable by its owner only, as
   * {@link Files#createTempFile} makes it, and opens it; named by process and count instead of
   * by random numbers, whose generator the JDK would first load and seed (a tenth of a second
   * before the first output). Creating it fails if the name is taken, by a file left behind or
   * by another run: then the next count is tried.
   */
  private static SeekableByteChannel createTemp(Path dir, Path[] created) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    for (int attempt = 0; attempt < 100; attempt++) {
      Path p = dir.resolve(Temp.PREFIX + Temp.COUNT.incrementAndGet() + ".tmp");
      try {
        SeekableByteChannel out = posix ? Files.newByteChannel(p, Temp.NEW_FILE,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.newByteChannel(p, Temp.NEW_FILE);
        created[0] = p;
        return out;
      } catch (FileAlreadyExistsException e) {
        // taken: try the next count
      }
    }
    created[0] = Files.createTempFile(dir, ".quotable-", ".tmp");
    return Files.newByteChannel(created[0], StandardOpenOption.WRITE);
  }

  static Path output(Path dir, Path input) {
    String name = input.getFileName().toString();
    String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    return dir.resolve(base + ".json");
  }

  private void fail(Path p, String why) {
    reject(p.toString(), why);
  }

  /** Names an input that could not be processed, in one line, and remembers the failure. */
  void reject(String input, String why) {
    failed = true;
    StringBuilder name = new StringBuilder();
    input.codePoints().forEach(c -> name.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    err().println("quotable: " + name + ": " + why);
  }
}
