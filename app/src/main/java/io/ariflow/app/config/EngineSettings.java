package io.ariflow.app.config;

import java.time.Duration;

/**
 * How the engine treats calls it cannot handle normally.
 *
 * @param lostChannelPolicy what to do with channels found in Stasis after a reconnect whose handling was lost
 * @param fallback what a call gets when its flow is unknown or fails in a way its own fallback cannot settle
 * @param hangupGrace how long a flow may go on after its caller left (hangup routes, clean-up) before it is cancelled
 */
public record EngineSettings(LostChannelPolicy lostChannelPolicy, EngineFallback fallback, Duration hangupGrace) {

  /** Continue for leftovers and fallbacks, 30 s of grace: the defaults of the configuration. */
  public static EngineSettings defaults() {
    return new EngineSettings(LostChannelPolicy.CONTINUE, new EngineFallback.Continue(), Duration.ofSeconds(30));
  }
}
