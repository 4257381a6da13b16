package io.ariflow.flows.steps;

import io.ariflow.flows.spec.DialMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dial with every template rendered: what {@link DialRun} executes for {@code dial} and {@code transfer}.
 *
 * @param targets the endpoints, in order
 * @param mode simultaneous or sequential
 * @param timeout how long each target rings
 * @param callerId the caller id presented, or null
 * @param earlyMedia whether the caller hears ringing / gets progress while targets ring
 * @param announce media played to the callee before bridging
 * @param screen the screening prompt and accept digit, if any
 * @param label how the timeline names a connection, e.g. {@code transferred to 104}; empty for
 *     {@code connected to <endpoint>}
 */
public record DialPlan(List<String> targets, DialMode mode, Duration timeout, String callerId,
    boolean earlyMedia, List<String> announce, Optional<Screen> screen, Optional<String> label) {

  /** Copies the lists. */
  public DialPlan {
    targets = List.copyOf(targets);
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(timeout, "timeout");
    announce = List.copyOf(announce);
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(label, "label");
  }

  /**
   * Screening: the callee hears {@code prompt} and must press {@code accept}.
   *
   * @param prompt rendered media
   * @param accept the accepting digit
   */
  public record Screen(List<String> prompt, String accept) {
    /** Copies the prompt. */
    public Screen {
      prompt = List.copyOf(prompt);
    }
  }
}
