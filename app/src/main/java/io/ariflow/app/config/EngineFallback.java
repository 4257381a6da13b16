package io.ariflow.app.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a call gets when its flow is unknown or fails in a way the flow's own {@code fallback} could not
 * settle: nobody is left in dead air. Written {@code continue}, {@code hangup} or {@code flow:<id>}.
 */
public sealed interface EngineFallback {

  /** Back to the dialplan after {@code Stasis()} (hung up if Asterisk refuses). */
  record Continue() implements EngineFallback {
  }

  /** Hang the channel up (cause normal clearing). */
  record Hangup() implements EngineFallback {
  }

  /**
   * Run another flow, e.g. a "sorry, we are having trouble" message; if it is missing or fails too, the
   * channel goes back to the dialplan.
   *
   * @param flowId the flow to run
   */
  record RunFlow(String flowId) implements EngineFallback {
  }

  /** The allowed forms, for messages. */
  String FORMS = "continue | hangup | flow:<id>";

  /** The shape of a flow id, as the flow loader accepts it. */
  Pattern FLOW_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** Parses one of {@link #FORMS}; empty when the text is none of them. */
  static Optional<EngineFallback> parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("continue")) {
      return Optional.of(new Continue());
    }
    if (trimmed.equals("hangup")) {
      return Optional.of(new Hangup());
    }
    if (trimmed.startsWith("flow:") && FLOW_ID.matcher(trimmed.substring(5).trim()).matches()) {
      return Optional.of(new RunFlow(trimmed.substring(5).trim()));
    }
    return Optional.empty();
  }
}
