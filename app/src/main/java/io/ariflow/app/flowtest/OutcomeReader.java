package io.ariflow.app.flowtest;

import io.ariflow.app.flows.FinishedRun;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.runtime.TimelineEntry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads how a tested call ended from its run: a transfer that connected wins (whoever ended the bridge),
 * else the run's own result; no run at all means the engine's fallback took the call.
 */
final class OutcomeReader {

  /** How the timeline tells a transfer that connected (whoever hung up afterwards). */
  private static final Pattern TRANSFERRED = Pattern.compile("transferred to (.+?); rang \\d+ s; talked .*");

  private OutcomeReader() {
  }

  static Outcome of(Optional<FinishedRun> run, String flowId) {
    if (run.isEmpty()) {
      return new Outcome(OutcomeKind.FAILED, "no run of flow '" + flowId + "' ended: the engine's fallback took "
          + "the call (is the flow loaded?)");
    }
    Optional<String> transferred = transferTarget(run.get().timeline().entries());
    if (transferred.isPresent()) {
      return new Outcome(OutcomeKind.TRANSFERRED, transferred.get());
    }
    return run.get().result().map(OutcomeReader::of)
        .orElse(new Outcome(OutcomeKind.FAILED, "the interpreter failed (a bug): see the log"));
  }

  private static Optional<String> transferTarget(List<TimelineEntry> entries) {
    return entries.stream()
        .filter(e -> "transfer".equals(e.stepType()))
        .map(e -> TRANSFERRED.matcher(e.text()))
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .reduce((first, last) -> last);
  }

  private static Outcome of(RunResult result) {
    if (result instanceof RunResult.CallerHungUp) {
      return new Outcome(OutcomeKind.CALLER_HANGUP, "");
    }
    if (result instanceof RunResult.HungUpByFlow flow) {
      return new Outcome(OutcomeKind.HANGUP, flow.cause());
    }
    if (result instanceof RunResult.ContinuedInDialplan to) {
      String where = Stream.of(to.context(), to.extension(),
              to.priority().isPresent() ? Optional.of(String.valueOf(to.priority().getAsInt())) : Optional.<String>empty())
          .flatMap(Optional::stream).collect(Collectors.joining(","));
      return new Outcome(OutcomeKind.CONTINUE, where);
    }
    if (result instanceof RunResult.Failed failed) {
      return new Outcome(OutcomeKind.FAILED, failed.reason());
    }
    if (result instanceof RunResult.Cancelled cancelled) {
      return new Outcome(OutcomeKind.CANCELLED, cancelled.reason());
    }
    return new Outcome(OutcomeKind.CANCELLED, ((RunResult.Finished) result).summary());
  }
}
