package io.ariflow.flows.load;

import io.ariflow.flows.spec.CustomSpec;
import io.ariflow.flows.steps.CustomParameter;
import io.ariflow.flows.steps.CustomStepType;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.StepResult;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A custom step type as a plugin would register it; the loader only reads its declaration. */
final class FakeSmsStep implements CustomStepType {

  @Override
  public String name() {
    return "send-sms";
  }

  @Override
  public List<CustomParameter> parameters() {
    return List.of(new CustomParameter("to", CustomParameter.Kind.TEXT, true, "the number to text"));
  }

  @Override
  public Set<String> outcomes() {
    return Set.of("sent", "rejected");
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of("sent");
  }

  @Override
  public Future<StepResult> execute(CustomSpec spec, StepContext ctx) {
    return Future.failedFuture(new UnsupportedOperationException("not run by loader tests"));
  }
}
