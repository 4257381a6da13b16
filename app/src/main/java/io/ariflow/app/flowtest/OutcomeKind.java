package io.ariflow.app.flowtest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a tested call ended, as test files name it ({@code outcome: transferred}). */
public enum OutcomeKind {
  /** The caller hung up (and any hangup route of the flow finished). */
  CALLER_HANGUP("caller-hangup"),
  /** The flow hung up; the detail is the cause ({@code normal}, {@code busy}, ...). */
  HANGUP("hangup"),
  /** The call went back to the dialplan; the detail is {@code context,extension,priority} (empty: after Stasis). */
  CONTINUE("continue"),
  /** A transfer connected the caller; the detail is the transfer's {@code to}. */
  TRANSFERRED("transferred"),
  /** The flow failed (its fallback or the engine's applied); the detail is the reason. */
  FAILED("failed"),
  /** The run was cancelled from outside. */
  CANCELLED("cancelled"),
  /** The call had not ended when the case's time limit came. */
  STILL_RUNNING("still-running");

  private final String yamlName;

  OutcomeKind(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name in test files. */
  public String yamlName() {
    return yamlName;
  }

  /** The kind written {@code name}, if any. */
  public static Optional<OutcomeKind> byYamlName(String name) {
    return Arrays.stream(values()).filter(kind -> kind.yamlName.equals(name)).findFirst();
  }

  /** Every name, for messages. */
  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(OutcomeKind::yamlName).toList();
  }
}
