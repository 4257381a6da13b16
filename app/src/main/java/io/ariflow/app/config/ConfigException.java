package io.ariflow.app.config;

import java.util.List;

/**
 * Thrown when the configuration cannot start the engine; lists every problem at once, each naming
 * the key, the value found and what is allowed, so an operator fixes the file in one pass.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ConfigException(String source, List<String> problems) {
    super("Invalid configuration (" + source + "):\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
