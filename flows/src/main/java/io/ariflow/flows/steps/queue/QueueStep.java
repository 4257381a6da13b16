package io.ariflow.flows.steps.queue;

import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.load.queue.QueueExtras.AgentConfirm;
import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.spec.QueueSpec;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.MediaUris;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.StepResult;
import io.ariflow.flows.steps.StepType;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code queue}: puts the caller in a declared queue until an agent has talked to them ({@code answered}, with
 * {@code steps.X.agent}), or they overflow ({@code timeout}, {@code full}, {@code empty}), leave with a key
 * ({@code exit}, {@code exit:<key>}) or leave a callback number ({@code callback}). The queue itself lives with
 * the host ({@link QueuePort}); nothing is left behind: agent legs, the bridge, prompts and music end with the
 * step, and the queue hears about every hangup.
 */
public final class QueueStep implements StepType<QueueSpec> {

  private final TransitionObserver observer;

  /** The production step. */
  public QueueStep() {
    this(TransitionObserver.NONE);
  }

  /** A step reporting every phase and leg transition to {@code observer} (table coverage in tests). */
  public QueueStep(TransitionObserver observer) {
    this.observer = observer;
  }

  @Override
  public Class<QueueSpec> specType() {
    return QueueSpec.class;
  }

  @Override
  public Future<StepResult> execute(QueueSpec spec, StepContext ctx) {
    Optional<QueuePort> port = ctx.port(QueuePort.class);
    if (port.isEmpty()) {
      return Future.failedFuture(new IllegalStateException("this engine hosts no queues"));
    }
    String name = ctx.render(spec.queue());
    Optional<DeclaredQueue> queue = port.get().queue(name);
    if (queue.isEmpty()) {
      return Future.failedFuture(new IllegalStateException("no queue '" + name + "' is declared"));
    }
    QueuePlan plan = plan(spec, ctx, queue.get());
    return new QueueRun(ctx, spec, plan, port.get(), observer).run();
  }

  private static QueuePlan plan(QueueSpec spec, StepContext ctx, DeclaredQueue queue) {
    QueueDefinition definition = queue.definition();
    String callerId = ctx.scope().lookup(List.of("call", "caller", "number")).map(String::valueOf).orElse("");
    QueueInput.Join join = QueueInput.Join.of(ctx.channelId(), callerId)
        .withPriority(spec.priority().map(p -> number(ctx.render(p), "priority")).orElse(0))
        .withSkills(skills(spec, ctx))
        .withPenalties(spec.minPenalty(), spec.maxPenalty());
    if (spec.maxWait().isPresent()) {
      join = join.withMaxWait(spec.maxWait().get());
    }
    List<String> whisper = spec.announce().isEmpty() ? queue.extras().agentAnnounce()
        : MediaUris.render(ctx, spec.announce());
    Optional<AgentConfirm> confirm = spec.screen()
        .map(s -> new AgentConfirm(MediaUris.render(ctx, s.prompt()), s.accept()))
        .or(() -> queue.extras().agentConfirm());
    List<String> playlist = spec.music().isPresent() ? List.of()
        : spec.playlist().isEmpty() ? queue.extras().playlist() : MediaUris.render(ctx, spec.playlist());
    Optional<String> callbackKey = definition.callback().enabled()
        ? Optional.of(definition.callback().key()) : Optional.empty();
    return new QueuePlan(ctx.channelId(), definition.name(), join, spec.music().orElse(definition.musicClass()),
        playlist, whisper, confirm, spec.exits(), definition.exitKeys(), callbackKey, shownToAgents(ctx, callerId),
        Set.copyOf(queue.extras().pickupGroups()));
  }

  /** The caller's id as agents' phones show it ({@code "Alice" <5551234>}), as app_queue presents it. */
  private static String shownToAgents(StepContext ctx, String number) {
    if (number.isEmpty()) {
      return null;
    }
    String name = ctx.scope().lookup(List.of("call", "caller", "name")).map(String::valueOf).orElse("");
    return name.isEmpty() ? number : "\"" + name.replace("\"", "") + "\" <" + number + ">";
  }

  private static Map<String, Integer> skills(QueueSpec spec, StepContext ctx) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    spec.skills().forEach((skill, level) -> levels.put(skill, number(ctx.render(level), "skills." + skill)));
    return levels;
  }

  private static int number(String text, String field) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("queue step: " + field + " must be a whole number, not '" + text + "'");
    }
  }
}
