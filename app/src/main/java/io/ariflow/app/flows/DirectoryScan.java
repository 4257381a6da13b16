package io.ariflow.app.flows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the flow files of a directory contain right now, as a value: file -> digest of its content. Two
 * equal snapshots mean nothing changed, whatever the file system's timestamp resolution. Blocking: run
 * it off the event loop. A file that vanishes during the scan is simply not listed: the next scan, one
 * interval later, sees the directory settled.
 *
 * @param files flow file -> SHA-256 of its bytes ({@code unreadable} when it cannot be read), by path
 */
record DirectoryScan(Map<Path, String> files) {

  private static final String UNREADABLE = "unreadable";

  DirectoryScan {
    files = Map.copyOf(files);
  }

  /** Scans {@code dir} recursively for flow files ({@code *.yaml}, {@code *.yml}, not {@code *.test.yaml}). */
  static DirectoryScan of(Path dir) {
    Map<Path, String> found = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return new DirectoryScan(found);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).filter(DirectoryScan::isFlowFile)
          .forEach(file -> digest(file).ifPresent(hash -> found.put(file, hash)));
    } catch (IOException | UncheckedIOException e) {
      found.put(dir, UNREADABLE + ": " + e.getMessage());
    }
    return new DirectoryScan(found);
  }

  /** True when the directory holds no flow file (missing, empty, or other files only). */
  boolean isEmpty() {
    return files.isEmpty();
  }

  private static Optional<String> digest(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(UNREADABLE);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static boolean isFlowFile(Path file) {
    String name = file.getFileName().toString();
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    return yaml && !name.endsWith(".test.yaml") && !name.endsWith(".test.yml");
  }
}
