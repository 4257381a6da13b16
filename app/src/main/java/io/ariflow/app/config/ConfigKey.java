package io.ariflow.app.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every configuration key ariflow knows, with its environment override and default. One list, so the
 * loader can reject unknown keys (typos) and the documentation cannot drift from the code.
 */
public enum ConfigKey {
  ARI_URL("ari.url", "ARIFLOW_ARI_URL", "", "Asterisk HTTP base URL, e.g. http://127.0.0.1:8088; empty starts the embedded simulator"),
  ARI_USER("ari.user", "ARIFLOW_ARI_USER", "ariflow", "ARI user (ari.conf)"),
  ARI_PASSWORD("ari.password", "ARIFLOW_ARI_PASSWORD", "ariflow", "ARI password (ari.conf)"),
  ARI_APP("ari.app", "ARIFLOW_ARI_APP", "ariflow", "Stasis application name used in the dialplan"),
  ARI_REQUEST_TIMEOUT("ari.requestTimeout", null, "5s", "timeout of one REST request"),
  ARI_MAX_CONNECTIONS("ari.maxConnections", null, "64",
      "HTTP connections to Asterisk (each is served serially; keep under http.conf sessionlimit, default 100)"),
  ARI_MAX_IN_FLIGHT("ari.maxInFlight", null, "64", "REST requests in flight before further ones wait (up to 1 s)"),
  ARI_PING_INTERVAL("ari.pingInterval", null, "10s", "WebSocket ping period"),
  ARI_PONG_TIMEOUT("ari.pongTimeout", null, "5s", "silence after a ping that declares the connection dead"),
  ENGINE_LOST_CHANNEL_POLICY("engine.lostChannelPolicy", null, "continue",
      "channels found in Stasis after a reconnect whose handling was lost: continue | hangup"),
  ENGINE_FALLBACK("engine.fallback", "ARIFLOW_FALLBACK", "continue",
      "what a call gets when its flow is unknown or fails in a way its own fallback cannot settle: "
          + "continue | hangup | flow:<id>"),
  ENGINE_HANGUP_GRACE("engine.hangupGrace", null, "30s",
      "how long a flow may go on after its caller left (hangup routes, clean-up) before it is cancelled"),
  FLOWS_DIR("flows.dir", "ARIFLOW_FLOWS", "flows",
      "directory of flow files; with none in it, the built-in demo flow answers every call"),
  FLOWS_WATCH("flows.watch", null, "true", "reload changed flow files without a restart: true | false"),
  FLOWS_WATCH_INTERVAL("flows.watchInterval", null, "1s",
      "how often the flows directory is scanned; a change is applied once the files are stable for one interval"),
  FLOWS_TIMEZONE("flows.timezone", null, "UTC",
      "time zone of flows without their own timezone (hour(), weekday()) and of call timelines, e.g. Europe/Paris"),
  HTTP_PORT("http.port", "ARIFLOW_HTTP_PORT", "8080", "port of ariflow's own HTTP endpoint"),
  QUEUES_LOG("queues.log", "ARIFLOW_QUEUE_LOG", "",
      "queue_log file written in app_queue's format (e.g. /var/log/asterisk/queue_log); empty writes none");

  private final String path;
  private final String envVar;
  private final String defaultValue;
  private final String description;

  ConfigKey(String path, String envVar, String defaultValue, String description) {
    this.path = path;
    this.envVar = envVar;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** Dotted YAML path, e.g. {@code ari.url}. */
  public String path() {
    return path;
  }

  /** The environment variable that overrides the file, if any. */
  public Optional<String> envVar() {
    return Optional.ofNullable(envVar);
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The key with that dotted path, if it exists. */
  public static Optional<ConfigKey> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
