package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.port.fakes.FakeCallControl;
import io.ariflow.flows.port.fakes.FakeHttp;
import io.ariflow.flows.port.fakes.FakeIds;
import io.ariflow.flows.port.ManualTimers;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.StepRegistry;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a flow written in YAML (loaded by the real loader) on fakes: a caller channel {@value #CALLER} calling
 * 555 from 89295671458 at 10:55:52, a virtual clock, recorded ARI commands and primed HTTP answers.
 */
public final class FlowHarness {

  /** The caller's channel id. */
  public static final String CALLER = "caller-1";
  /** When every test call starts. */
  public static final Instant START = Instant.parse("2026-11-22T10:55:52Z");

  public final FakeCallControl calls = new FakeCallControl(CALLER);
  public final ManualTimers timers = new ManualTimers(START);
  public final FakeHttp http = new FakeHttp();
  public final FakeIds ids = new FakeIds();
  public final FlowRun run;
  private Future<RunResult> result;

  private FlowHarness(FlowCatalog catalog, String flowId, RunOptions options, StepRegistry registry,
      boolean answered, TransitionObserver observer, Map<Class<?>, Object> extraPorts) {
    CallInfo call = new CallInfo("call-1", CALLER, "PJSIP/sipp-00000000", "89295671458", "Caller", "555",
        "from-test", "en", answered, Map.of("lang", "en", "arg1", "vip"));
    run = new FlowRun(catalog.flow(flowId).orElseThrow(), call, new RunPorts(calls, timers, http, ids, extraPorts),
        registry, catalog, options, observer);
    calls.connect(run::onEvent);
  }

  /** The first flow of {@code yaml} (more flows may follow, for {@code call}), unanswered caller. */
  public static FlowHarness yaml(String yaml) {
    return of(load(yaml), null, RunOptions.defaults(), false);
  }

  /** Flow {@code flowId} of {@code catalog} with the given options; {@code flowId} null for the first. */
  public static FlowHarness of(FlowCatalog catalog, String flowId, RunOptions options, boolean answered) {
    return of(catalog, flowId, options, answered, StepRegistry.standard(), TransitionObserver.NONE);
  }

  /** The most general form: a registry of choice and an observer of the run table's rows. */
  public static FlowHarness of(FlowCatalog catalog, String flowId, RunOptions options, boolean answered,
      StepRegistry registry, TransitionObserver observer) {
    return of(catalog, flowId, options, answered, registry, observer, Map.of());
  }

  /** As above, with ports beyond the core ones (a conference service, ...) by the interface they implement. */
  public static FlowHarness of(FlowCatalog catalog, String flowId, RunOptions options, boolean answered,
      StepRegistry registry, TransitionObserver observer, Map<Class<?>, Object> extraPorts) {
    String id = flowId != null ? flowId : catalog.all().iterator().next().id();
    return new FlowHarness(catalog, id, options, registry, answered, observer, extraPorts);
  }

  /** Loads flows with the production loader; fails the test with the problems when any is an error. */
  public static FlowCatalog load(String yaml) {
    LoadResult loaded = new FlowLoader().loadTexts(Map.of("test.yaml", yaml));
    assertFalse(loaded.hasErrors(), () -> "flow does not load: " + loaded.errors());
    return loaded.catalog();
  }

  /** Starts the run. */
  public FlowHarness start() {
    result = run.start();
    return this;
  }

  /** Moves the virtual clock. */
  public FlowHarness advance(Duration duration) {
    timers.advance(duration);
    return this;
  }

  /** Whether the run has ended. */
  public boolean finished() {
    return result != null && result.isComplete();
  }

  /** The run's result; fails the test when the run has not ended. */
  public RunResult result() {
    assertTrue(finished(), () -> "run still going in state " + run.state() + "; commands " + calls.commands()
        + "\n" + run.timeline().renderDetailed());
    return result.result();
  }

  /** The outcome of the last execution of {@code stepId}, if it ran. */
  public Optional<String> outcomeOf(String stepId) {
    List<TimelineEntry> entries = run.timeline().entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).stepId().equals(stepId)) {
        return Optional.of(entries.get(i).outcome());
      }
    }
    return Optional.empty();
  }

  /** The timeline note of the last execution of {@code stepId}, if it ran. */
  public Optional<String> noteOf(String stepId) {
    List<TimelineEntry> entries = run.timeline().entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).stepId().equals(stepId)) {
        return Optional.of(entries.get(i).text());
      }
    }
    return Optional.empty();
  }

  /** {@code steps.<stepId>.<field>}. */
  public Object result(String stepId, String field) {
    Object results = run.stepResults().get(stepId);
    return results instanceof Map<?, ?> map ? map.get(field) : null;
  }

  /** The media URIs of the most recent play command. */
  @SuppressWarnings("unchecked")
  public List<String> lastMedia() {
    List<FakeCallControl.Command> plays = calls.all("play");
    return (List<String>) plays.get(plays.size() - 1).args().get(2);
  }
}
