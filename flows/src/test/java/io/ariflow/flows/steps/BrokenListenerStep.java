package io.ariflow.flows.steps;

import io.ariflow.flows.spec.CustomSpec;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A custom step with a bug, for tests: it plays hold music for a minute and its DTMF listener throws. Not
 * listed for ServiceLoader; tests register it themselves.
 */
public final class BrokenListenerStep implements CustomStepType {

  @Override
  public String name() {
    return "broken-listener";
  }

  @Override
  public List<CustomParameter> parameters() {
    return List.of();
  }

  @Override
  public Set<String> outcomes() {
    return Set.of("done");
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of("done");
  }

  @Override
  public Future<StepResult> execute(CustomSpec spec, StepContext ctx) {
    String playback = ctx.ids().next("playback");
    ctx.subscribe(event -> {
      if (event instanceof ChannelDtmfReceived) {
        throw new IllegalStateException("no handler for DTMF");
      }
    });
    return ctx.calls().play(playback, "channel:" + ctx.channelId(), List.of("sound:hold-music"), "en")
        .compose(started -> ctx.sleep(Duration.ofMinutes(1)))
        .eventually(() -> ctx.calls().stopPlayback(playback).otherwiseEmpty())
        .map(done -> StepResult.of("done"));
  }
}
