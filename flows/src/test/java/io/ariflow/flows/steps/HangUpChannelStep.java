package io.ariflow.flows.steps;

import io.ariflow.flows.spec.CustomSpec;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A custom step for tests that hangs up the channel it is given and lets any refusal through, like a custom
 * step that does not absorb the usual races. Not listed for ServiceLoader; tests register it themselves.
 */
public final class HangUpChannelStep implements CustomStepType {

  @Override
  public String name() {
    return "hang-up-channel";
  }

  @Override
  public List<CustomParameter> parameters() {
    return List.of(new CustomParameter("channel", CustomParameter.Kind.TEXT, true, "the channel id"));
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
    return ctx.calls().hangup(String.valueOf(spec.params().get("channel")), "normal")
        .map(done -> StepResult.of("done"));
  }
}
