package io.github.quotable.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Reads inputs and writes outputs for the command line, naming on stderr what fails. */
final class Inputs {
  private final PrintStream err;
  private boolean failed;

  Inputs(PrintStream err) {
    this.err = err;
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
      err.println("quotable: cannot read standard input: " + e.getMessage());
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
      err.println("quotable: " + name + ": not valid UTF-8; bad bytes read as U+FFFD, offsets"
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
        err.println("quotable: " + o + " would overwrite an input; choose another --out");
        return false;
      }
    }
    return true;
  }

  void writeJson(Path dir, Path input, String json) {
    Path target = output(dir, input);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".quotable-", ".tmp");
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      fail(target, "cannot write it: " + e.getMessage());
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is ours; nothing else to do
        }
      }
    }
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
    err.println("quotable: " + name + ": " + why);
  }
}
