package io.ariflow.app.config;

import java.nio.file.Path;

/**
 * The whole validated configuration: built once at start from the YAML file and the environment, then
 * passed by value; nothing reads configuration anywhere else.
 *
 * @param ari how to reach Asterisk
 * @param engine call-handling policies
 * @param flows where flow files live and how they are reloaded
 * @param httpPort port of the engine's own HTTP endpoint (health, later the control API)
 * @param queues how the queues report (the queue_log file)
 */
public record AriflowConfig(AriSettings ari, EngineSettings engine, FlowSettings flows, int httpPort,
    QueueSettings queues) {

  /** A configuration without queue reporting. */
  public AriflowConfig(AriSettings ari, EngineSettings engine, FlowSettings flows, int httpPort) {
    this(ari, engine, flows, httpPort, QueueSettings.NONE);
  }

  /** Where flow files live. */
  public Path flowsDir() {
    return flows.dir();
  }
}
