package io.ariflow.flows.queue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.Decisions;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueCommand.OfferedAgent;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.engine.RefuseReason;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.ariflow.flows.queue.strategy.StrategyRegistry;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A contact center on virtual time for tests: messages go in at the harness's clock, {@link #advance}
 * ticks at every wake-up the core asks for, and every command and queue_log record is kept in order.
 */
public final class QueueHarness {

  /** The harness's starting time. */
  public static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");

  private final ContactCenter center;
  private final String queue;
  private final List<QueueCommand> commands = new ArrayList<>();
  private final List<QueueLogRecord> log = new ArrayList<>();
  private Instant now = T0;
  private Decisions last;

  private QueueHarness(ContactCenter center, String queue) {
    this.center = center;
    this.queue = queue;
  }

  /** A started contact center with {@code definitions}; the first queue is the default for queue inputs. */
  public static QueueHarness start(TransitionObserver observer, long seed, QueueDefinition... definitions) {
    ContactCenter center = new ContactCenter(List.of(definitions), StrategyRegistry.standard(),
        new SplittableRandom(seed), observer);
    QueueHarness harness = new QueueHarness(center, definitions[0].name());
    harness.record(center.start(T0));
    return harness;
  }

  /** Same, without an observer and with seed 1. */
  public static QueueHarness start(QueueDefinition... definitions) {
    return start(TransitionObserver.NONE, 1, definitions);
  }

  public ContactCenter center() {
    return center;
  }

  public Instant now() {
    return now;
  }

  public Decisions last() {
    return last;
  }

  /** Keeps {@code decisions} as if the harness had sent the message itself. */
  public Decisions record(Decisions decisions) {
    last = decisions;
    commands.addAll(decisions.commands());
    log.addAll(decisions.log());
    decisions.wakeAt().ifPresent(at -> assertFalse(at.isBefore(now), "wake-up in the past: " + at));
    return decisions;
  }

  /** Sends {@code input} to the default queue. */
  public Decisions send(QueueInput input) {
    return send(queue, input);
  }

  /** Sends {@code input} to {@code name}. */
  public Decisions send(String name, QueueInput input) {
    return record(center.handle(name, input, now));
  }

  /** Sends an agent or device message. */
  public Decisions send(AgentMessage message) {
    return record(center.handle(message, now));
  }

  public Decisions join(String call) {
    return send(QueueInput.Join.of(call, "555" + call));
  }

  public Decisions answer(String call, String agent) {
    return send(new QueueInput.OfferAnswered(call, agent, "chan-" + agent));
  }

  public Decisions refuse(String call, String agent) {
    return send(new QueueInput.OfferRefused(call, agent, RefuseReason.BUSY));
  }

  public Decisions hangUp(String call) {
    return send(new QueueInput.CallerHungUp(call));
  }

  public Decisions end(String call, EndedBy by) {
    return send(new QueueInput.CallEnded(call, by));
  }

  public Decisions login(String agent, String endpoint) {
    return send(AgentMessage.Login.of(agent, endpoint));
  }

  public Decisions device(String device, DeviceState state) {
    return send(new AgentMessage.DeviceChanged(device, state));
  }

  /** Moves the clock forward by {@code duration}, ticking at every wake-up on the way and at the end. */
  public void advance(Duration duration) {
    Instant target = now.plus(duration);
    Optional<Instant> wake = center.nextWakeAt(now);
    while (wake.isPresent() && !wake.get().isAfter(target)) {
      now = wake.get();
      record(center.tick(now));
      wake = center.nextWakeAt(now);
    }
    now = target;
    record(center.tick(now));
  }

  public void advanceSeconds(long seconds) {
    advance(Duration.ofSeconds(seconds));
  }

  /** Every command so far, in order. */
  public List<QueueCommand> commands() {
    return List.copyOf(commands);
  }

  /** The commands of {@code type} so far. */
  public <T extends QueueCommand> List<T> commands(Class<T> type) {
    return commands.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The agents of every offer so far, one string per offer ({@code "a+b"} for ringall). */
  public List<String> offerSequence() {
    return commands(Offer.class).stream()
        .map(o -> String.join("+", o.agents().stream().map(OfferedAgent::agentId).toList())).toList();
  }

  /** The agents of the offers to {@code call}, one string per offer. */
  public List<String> offersTo(String call) {
    return commands(Offer.class).stream().filter(o -> o.callId().equals(call))
        .map(o -> String.join("+", o.agents().stream().map(OfferedAgent::agentId).toList())).toList();
  }

  /** Every queue_log line so far. */
  public List<String> logLines() {
    return log.stream().map(QueueLogRecord::line).toList();
  }

  /** The queue_log records so far. */
  public List<QueueLogRecord> logRecords() {
    return List.copyOf(log);
  }

  /** Forgets the commands and log collected so far. */
  public void clear() {
    commands.clear();
    log.clear();
  }

  public AgentState state(String agent) {
    return center.agent(agent).orElseThrow().state();
  }

  public QueueStatistics statistics() {
    return center.statistics(queue, now).orElseThrow();
  }

  public QueueStatistics statistics(String name) {
    return center.statistics(name, now).orElseThrow();
  }
}
