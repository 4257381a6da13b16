package io.ariflow.sim.sounds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Prompt names and their durations per language, which drive {@code /sounds} and how long a playback
 * lasts. Immutable; {@link #with} returns an extended copy, so user sounds are merged at start-up.
 */
public final class SoundCatalog {

  /** One prompt: id, language, formats on "disk", duration. */
  public record Sound(String id, String language, List<String> formats, long durationMs) {}

  private static final String BUNDLED = "/io/ariflow/sim/sounds-en.tsv";

  private final Map<String, Sound> byKey;

  private SoundCatalog(Map<String, Sound> byKey) {
    this.byKey = Collections.unmodifiableMap(byKey);
  }

  /** The 568 English prompts of a stock Asterisk 22 install, in gsm. */
  public static SoundCatalog bundled() {
    try (InputStream in = SoundCatalog.class.getResourceAsStream(BUNDLED)) {
      return new SoundCatalog(new LinkedHashMap<>()).with(parseTsv(in, "en"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empty catalog (every sound: playback fails). */
  public static SoundCatalog empty() {
    return new SoundCatalog(new LinkedHashMap<>());
  }

  /** Reads a {@code name<TAB>duration_ms} file (header line optional). */
  public static List<Sound> readTsv(Path file, String language) {
    try (InputStream in = Files.newInputStream(file)) {
      return parseTsv(in, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scans a directory of sound files ({@code <dir>/<id>.<format>}); durations are estimated from the size
   * as 8 kHz 16-bit audio for wav/sln and 8 kB/s for the rest, which is right for ulaw/alaw.
   */
  public static List<Sound> scanDirectory(Path dir, String language) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(f -> fromFile(dir, f, language)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SoundCatalog with(List<Sound> sounds) {
    Map<String, Sound> copy = new LinkedHashMap<>(byKey);
    for (Sound s : sounds) {
      copy.merge(key(s.id(), s.language()), s, SoundCatalog::mergeFormats);
    }
    return new SoundCatalog(copy);
  }

  public OptionalLong durationMs(String id, String language) {
    Sound s = find(id, language);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s.durationMs());
  }

  /** Finds a sound in the language, falling back to English like Asterisk does. */
  public Sound find(String id, String language) {
    Sound s = byKey.get(key(id, language == null || language.isEmpty() ? "en" : language));
    return s != null ? s : byKey.get(key(id, "en"));
  }

  public List<Sound> all() {
    return List.copyOf(byKey.values());
  }

  private static Sound mergeFormats(Sound a, Sound b) {
    List<String> formats = Stream.concat(a.formats().stream(), b.formats().stream()).distinct().toList();
    return new Sound(a.id(), a.language(), formats, b.durationMs());
  }

  private static String key(String id, String language) {
    return language + "/" + id;
  }

  private static Sound fromFile(Path dir, Path file, String language) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    int dot = rel.lastIndexOf('.');
    String id = dot > 0 ? rel.substring(0, dot) : rel;
    String format = dot > 0 ? rel.substring(dot + 1) : "wav";
    long bytes = file.toFile().length();
    long bytesPerMs = format.equals("wav") || format.startsWith("sln") ? 16 : 8;
    return new Sound(id, language, List.of(format), Math.max(1, bytes / bytesPerMs));
  }

  private static List<Sound> parseTsv(InputStream in, String language) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return reader.lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("name\t"))
        .map(line -> line.split("\t"))
        .filter(cols -> cols.length >= 2)
        .map(cols -> new Sound(cols[0], language, List.of("gsm"), Long.parseLong(cols[1].trim())))
        .toList();
  }
}
