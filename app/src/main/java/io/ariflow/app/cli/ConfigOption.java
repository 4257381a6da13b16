package io.ariflow.app.cli;

import io.ariflow.app.config.AriflowConfig;
import io.ariflow.app.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --config} option shared by the sub-commands that need a configuration. Without it,
 * {@code ./ariflow.yaml} is used when present; environment variables override either.
 */
public final class ConfigOption {
  private static final Path DEFAULT_FILE = Path.of("ariflow.yaml");

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "YAML configuration file (default: ./ariflow.yaml when it exists). "
          + "ARIFLOW_ARI_URL, ARIFLOW_ARI_USER, ARIFLOW_ARI_PASSWORD, ARIFLOW_ARI_APP, ARIFLOW_FLOWS and "
          + "ARIFLOW_HTTP_PORT override it.")
  Path file;

  /** Loads and validates; throws ConfigException listing every problem. */
  public AriflowConfig load() {
    Optional<Path> chosen = Optional.ofNullable(file)
        .or(() -> Optional.of(DEFAULT_FILE).filter(Files::isRegularFile));
    return ConfigLoader.load(chosen, System.getenv());
  }
}
