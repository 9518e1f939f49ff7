package io.github.quotable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a path is one of a set of files, as {@link Files#isSameFile} would for some
 * file of the set, with one look at each file instead of one per pair: the check that no output
 * overwrites an input stays linear in the number of articles.
 */
final class SameFiles {
  private final List<Path> files;
  private final Set<Path> paths;
  private final Set<Object> keys = new HashSet<>();
  private boolean keyless;
  private boolean keysRead;

  SameFiles(List<Path> files) {
    this.files = files;
    this.paths = new HashSet<>(files);
  }

  /**
   * Reads the files' keys, the first time a path that exists is asked about: into a new output
   * folder nothing is, and reading a key from each input cost as much as listing them.
   */
  private void readKeys() {
    if (keysRead) {
      return;
    }
    keysRead = true;
    for (Path f : files) {
      try {
        Object key = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
        if (key == null) {
          keyless = true;
        } else {
          keys.add(key);
        }
      } catch (IOException e) {
        // isSameFile fails on a file it cannot read: never the same as anything
      }
    }
  }

  /** Whether {@code p} exists and is one of the files. */
  boolean holds(Path p) {
    if (!Files.exists(p)) {
      return false;
    }
    readKeys();
    if (keyless) {
      return files.stream().anyMatch(f -> same(f, p));
    }
    if (paths.contains(p)) {
      return true;
    }
    try {
      return keys.contains(Files.readAttributes(p, BasicFileAttributes.class).fileKey());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
