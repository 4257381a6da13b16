package io.ariflow.app.config;

import io.ariflow.app.config.ConfigSource.Located;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the validated {@link AriflowConfig} from an optional YAML file and the environment
 * (environment variables override the file). Every problem is collected and reported together, each
 * naming the key, where it was set and what is allowed.
 */
public final class ConfigLoader {
  private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  private final Map<ConfigKey, Located> values = new EnumMap<>(ConfigKey.class);
  private final List<String> problems = new ArrayList<>();
  private final String sourceName;

  private ConfigLoader(String sourceName) {
    this.sourceName = sourceName;
  }

  /** Loads from the file (if given) and the environment map (usually {@code System.getenv()}). */
  public static AriflowConfig load(Optional<Path> file, Map<String, String> env) {
    ConfigLoader loader = new ConfigLoader(file.map(Path::toString).orElse("defaults"));
    file.ifPresent(f -> loader.takeFile(ConfigSource.read(f)));
    loader.takeEnvironment(env);
    return loader.build();
  }

  /** Same as {@link #load} with the YAML given as text; for tests and embedded use. */
  public static AriflowConfig fromYaml(String yaml, Map<String, String> env) {
    ConfigLoader loader = new ConfigLoader("inline");
    loader.takeFile(ConfigSource.parse(yaml, "inline"));
    loader.takeEnvironment(env);
    return loader.build();
  }

  private void takeFile(Map<String, Located> raw) {
    raw.forEach((path, located) -> ConfigKey.byPath(path).ifPresentOrElse(
        key -> values.put(key, located),
        () -> problems.add(located.where() + ": unknown key '" + path + "'; known keys: " + knownKeys())));
  }

  private void takeEnvironment(Map<String, String> env) {
    for (ConfigKey key : ConfigKey.values()) {
      key.envVar().filter(env::containsKey)
          .ifPresent(name -> values.put(key, new Located(env.get(name), "environment " + name)));
    }
  }

  private AriflowConfig build() {
    AriSettings ari = new AriSettings(
        uri(ConfigKey.ARI_URL),
        nonEmpty(ConfigKey.ARI_USER),
        nonEmpty(ConfigKey.ARI_PASSWORD),
        appName(),
        duration(ConfigKey.ARI_REQUEST_TIMEOUT),
        integer(ConfigKey.ARI_MAX_CONNECTIONS, 1, 4096),
        integer(ConfigKey.ARI_MAX_IN_FLIGHT, 1, 100_000),
        duration(ConfigKey.ARI_PING_INTERVAL),
        duration(ConfigKey.ARI_PONG_TIMEOUT));
    EngineSettings engine = new EngineSettings(policy(), fallback(), duration(ConfigKey.ENGINE_HANGUP_GRACE));
    FlowSettings flows = new FlowSettings(Path.of(text(ConfigKey.FLOWS_DIR)), bool(ConfigKey.FLOWS_WATCH),
        duration(ConfigKey.FLOWS_WATCH_INTERVAL), zone(ConfigKey.FLOWS_TIMEZONE));
    int httpPort = integer(ConfigKey.HTTP_PORT, 0, 65535);
    if (!problems.isEmpty()) {
      throw new ConfigException(sourceName, problems);
    }
    String queueLog = text(ConfigKey.QUEUES_LOG);
    QueueSettings queues = new QueueSettings(queueLog.isBlank() ? Optional.empty() : Optional.of(Path.of(queueLog)));
    return new AriflowConfig(ari, engine, flows, httpPort, queues);
  }

  private String text(ConfigKey key) {
    Located v = values.get(key);
    return v == null ? key.defaultValue() : v.value().trim();
  }

  private String where(ConfigKey key) {
    Located v = values.get(key);
    return v == null ? "default of " + key.path() : v.where() + " (" + key.path() + ")";
  }

  private void problem(ConfigKey key, String what) {
    problems.add(where(key) + ": " + what);
  }

  private Optional<URI> uri(ConfigKey key) {
    String raw = text(key);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(raw);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        problem(key, "'" + raw + "' is not an http(s) URL; write e.g. http://127.0.0.1:8088 (no /ari suffix needed)");
        return Optional.empty();
      }
      if (uri.getUserInfo() != null) {
        problem(key, "credentials do not belong in the URL; set ari.user / ari.password instead");
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (IllegalArgumentException e) {
      problem(key, "'" + raw + "' is not a URL: " + e.getMessage());
      return Optional.empty();
    }
  }

  private String nonEmpty(ConfigKey key) {
    String raw = text(key);
    if (raw.isEmpty()) {
      problem(key, "must not be empty (" + key.description() + ")");
    }
    return raw;
  }

  private String appName() {
    String raw = text(ConfigKey.ARI_APP);
    if (!APP_NAME.matcher(raw).matches()) {
      problem(ConfigKey.ARI_APP, "'" + raw + "' is not a valid Stasis application name; use letters, digits, '_', '.', '-'");
    }
    return raw;
  }

  private Duration duration(ConfigKey key) {
    String raw = text(key);
    Optional<Duration> d = Durations.parse(raw).filter(x -> !x.isZero());
    if (d.isEmpty()) {
      problem(key, "'" + raw + "' is not a positive duration; write e.g. 500ms, 5s, 2m");
    }
    return d.orElse(Duration.ofSeconds(1));
  }

  private int integer(ConfigKey key, int min, int max) {
    String raw = text(key);
    try {
      int n = Integer.parseInt(raw);
      if (n < min || n > max) {
        problem(key, n + " is out of range; allowed " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      problem(key, "'" + raw + "' is not a whole number; allowed " + min + ".." + max);
      return min;
    }
  }

  private LostChannelPolicy policy() {
    String raw = text(ConfigKey.ENGINE_LOST_CHANNEL_POLICY).toUpperCase(Locale.ROOT);
    try {
      return LostChannelPolicy.valueOf(raw);
    } catch (IllegalArgumentException e) {
      problem(ConfigKey.ENGINE_LOST_CHANNEL_POLICY, "'" + raw.toLowerCase(Locale.ROOT) + "' is not allowed; use "
          + Arrays.stream(LostChannelPolicy.values()).map(p -> p.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(" | ")));
      return LostChannelPolicy.CONTINUE;
    }
  }

  private EngineFallback fallback() {
    String raw = text(ConfigKey.ENGINE_FALLBACK);
    Optional<EngineFallback> parsed = EngineFallback.parse(raw);
    if (parsed.isEmpty()) {
      problem(ConfigKey.ENGINE_FALLBACK, "'" + raw + "' is not allowed; use " + EngineFallback.FORMS
          + " (a flow id: letters, digits, '_', '-')");
    }
    return parsed.orElse(new EngineFallback.Continue());
  }

  private boolean bool(ConfigKey key) {
    String raw = text(key).toLowerCase(Locale.ROOT);
    if (!raw.equals("true") && !raw.equals("false")) {
      problem(key, "'" + raw + "' is not allowed; use true | false");
    }
    return raw.equals("true");
  }

  private ZoneId zone(ConfigKey key) {
    String raw = text(key);
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      problem(key, "'" + raw + "' is not a time zone; write e.g. UTC or Europe/Paris");
      return ZoneId.of("UTC");
    }
  }

  private static String knownKeys() {
    return Arrays.stream(ConfigKey.values()).map(ConfigKey::path).collect(Collectors.joining(", "));
  }
}
