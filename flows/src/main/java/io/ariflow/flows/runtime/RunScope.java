package io.ariflow.flows.runtime;

import io.ariflow.flows.expr.Scope;
import io.ariflow.flows.expr.ValuePaths;
import io.ariflow.flows.port.Timers;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of one frame as expressions see them: {@code call.*}, {@code args.*}, {@code steps.<id>.*},
 * {@code chan.*}, and any other root is a flow variable. The time is the run's clock in the flow's zone.
 */
final class RunScope implements Scope {

  private final Map<String, Object> call;
  private final Frame frame;
  private final CallerState caller;
  private final Timers timers;
  private final ZoneId zone;

  RunScope(Map<String, Object> call, Frame frame, CallerState caller, Timers timers, ZoneId zone) {
    this.call = call;
    this.frame = frame;
    this.caller = caller;
    this.timers = timers;
    this.zone = zone;
  }

  @Override
  public Optional<Object> lookup(List<String> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    return ValuePaths.walk(root(path.get(0)), path.subList(1, path.size()));
  }

  private Object root(String name) {
    if ("call".equals(name)) {
      return call;
    }
    if ("args".equals(name)) {
      return frame.args();
    }
    if ("steps".equals(name)) {
      return frame.stepResults();
    }
    if ("chan".equals(name)) {
      return caller.channelVariables();
    }
    return frame.variables().get(name);
  }

  @Override
  public ZonedDateTime now() {
    return timers.now().atZone(zone);
  }
}
