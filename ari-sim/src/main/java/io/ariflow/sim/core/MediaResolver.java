package io.ariflow.sim.core;

import io.ariflow.sim.sounds.SoundCatalog;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * How long a media URI plays: {@code sound:} from the catalog, {@code digits:}/{@code number:}/
 * {@code characters:} as the sum of their prompts, {@code recording:} from the stored recording,
 * {@code tone:} until stopped. Unknown schemes are "unsupported" (201, PlaybackStarted, then silence).
 */
final class MediaResolver {

  /** Outcome of resolving one URI. */
  sealed interface Media {}
  record Timed(long millis) implements Media {}
  record Missing() implements Media {}
  record Endless() implements Media {}
  record Unsupported() implements Media {}

  private static final Map<Character, String> SPECIAL = Map.of('*', "digits/star", '#', "digits/pound",
      '-', "digits/minus");

  private final SoundCatalog sounds;
  private final Function<String, OptionalLong> storedRecordingMs;

  MediaResolver(SoundCatalog sounds, Function<String, OptionalLong> storedRecordingMs) {
    this.sounds = sounds;
    this.storedRecordingMs = storedRecordingMs;
  }

  Media resolve(String uri, String language) {
    int colon = uri.indexOf(':');
    if (colon <= 0) {
      return new Unsupported();
    }
    String scheme = uri.substring(0, colon);
    String rest = uri.substring(colon + 1);
    return switch (scheme) {
      case "sound" -> fromCatalog(rest, language);
      case "digits", "number" -> spell(rest, language, "digits/");
      case "characters" -> spell(rest.toLowerCase(), language, "letters/");
      case "recording" -> recording(rest);
      case "tone" -> new Endless();
      default -> new Unsupported();
    };
  }

  private Media fromCatalog(String id, String language) {
    OptionalLong ms = sounds.durationMs(id, language);
    return ms.isPresent() ? new Timed(ms.getAsLong()) : new Missing();
  }

  private Media spell(String text, String language, String prefix) {
    long total = 0;
    for (char c : text.toCharArray()) {
      String id = SPECIAL.getOrDefault(c, Character.isLetterOrDigit(c) ? prefix + c : null);
      if (id != null) {
        total += sounds.durationMs(id, language).orElse(0);
      }
    }
    return new Timed(total);
  }

  private Media recording(String name) {
    OptionalLong ms = storedRecordingMs.apply(name);
    return ms.isPresent() ? new Timed(ms.getAsLong()) : new Missing();
  }
}
