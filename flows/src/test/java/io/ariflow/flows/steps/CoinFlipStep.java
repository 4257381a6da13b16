package io.ariflow.flows.steps;

import io.ariflow.flows.spec.CustomSpec;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A custom step for tests, found through ServiceLoader: "heads" when {@code side} is heads, else "tails". */
public final class CoinFlipStep implements CustomStepType {

  @Override
  public String name() {
    return "coin-flip";
  }

  @Override
  public List<CustomParameter> parameters() {
    return List.of(new CustomParameter("side", CustomParameter.Kind.TEXT, true, "heads or tails"));
  }

  @Override
  public Set<String> outcomes() {
    return Set.of("heads", "tails");
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of("heads");
  }

  @Override
  public Future<StepResult> execute(CustomSpec spec, StepContext ctx) {
    String outcome = "heads".equals(spec.params().get("side")) ? "heads" : "tails";
    return Future.succeededFuture(StepResult.of(outcome, Map.of("side", outcome)));
  }
}
