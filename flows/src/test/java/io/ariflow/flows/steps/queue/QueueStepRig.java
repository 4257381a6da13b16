package io.ariflow.flows.steps.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.hub.QueueHub;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.AnswerStep;
import io.ariflow.flows.steps.HangupStep;
import io.ariflow.flows.steps.PlayStep;
import io.ariflow.flows.steps.SetStep;
import io.ariflow.flows.steps.StepRegistry;
import io.ariflow.flows.steps.StepType;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One caller's flow with a queue step on fakes, against the real contact center behind a {@link QueueHub} on the
 * harness's virtual clock: the queue's decisions are the production ones, ARI is the fake call control. The
 * queue_log lines and the commands no step carried out are collected.
 */
final class QueueStepRig {

  final FlowHarness h;
  final QueueHub hub;
  final List<String> log = new ArrayList<>();
  final List<QueueCommand> outside = new ArrayList<>();

  private QueueStepRig(String yaml, TransitionObserver observer, Map<Class<?>, Object> extraPorts) {
    FlowCatalog catalog = FlowHarness.load(yaml);
    LatePort port = new LatePort();
    Map<Class<?>, Object> ports = new java.util.HashMap<>(extraPorts);
    ports.put(QueuePort.class, port);
    h = FlowHarness.of(catalog, null, RunOptions.defaults(), true, registry(observer), TransitionObserver.NONE,
        ports);
    hub = new QueueHub(catalog.declarations().queues(), h.timers, r -> log.add(r.line()), outside::add,
        new SplittableRandom(7)).start();
    port.hub = hub;
  }

  static QueueStepRig of(String yaml, TransitionObserver observer) {
    return new QueueStepRig(yaml, observer, Map.of());
  }

  /** As above, with ports beyond the queue's (the pickup board). */
  static QueueStepRig of(String yaml, TransitionObserver observer, Map<Class<?>, Object> extraPorts) {
    return new QueueStepRig(yaml, observer, extraPorts);
  }

  /** The steps the queue flows of these tests use, the queue step reporting to {@code observer}. */
  private static StepRegistry registry(TransitionObserver observer) {
    List<StepType<?>> types = List.of(new QueueStep(observer), new QueueAgentStep(), new AnswerStep(),
        new HangupStep(), new PlayStep(), new SetStep());
    return StepRegistry.of(types, List.of());
  }

  QueueStepRig start() {
    h.start();
    return this;
  }

  QueueStepRig advance(Duration duration) {
    h.advance(duration);
    return this;
  }

  QueueStepRig login(String agentId, String endpoint) {
    hub.handle(AgentMessage.Login.of(agentId, endpoint));
    return this;
  }

  /** The leg rung for the n-th offer (in creation order). */
  String leg(int index) {
    return h.calls.createdChannels().get(index);
  }

  /** The endpoints dialled, in order. */
  List<String> dialled() {
    return h.calls.all("createChannel").stream().map(c -> (String) c.args().get(1)).toList();
  }

  /** The caller presses {@code digits}. */
  QueueStepRig press(String digits) {
    h.calls.press(digits);
    return this;
  }

  /** The media of every play command, in order, flattened. */
  List<String> played() {
    List<String> media = new ArrayList<>();
    h.calls.all("play").forEach(c -> media.addAll(castList(c.args().get(2))));
    return media;
  }

  /** The media of every play command to {@code channelId}, flattened. */
  List<String> playedTo(String channelId) {
    List<String> media = new ArrayList<>();
    h.calls.all("play").stream().filter(c -> ("channel:" + channelId).equals(c.args().get(1)))
        .forEach(c -> media.addAll(castList(c.args().get(2))));
    return media;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  AgentView agent(String agentId) {
    return hub.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow();
  }

  /** The queue_log lines without their timestamps and call ids, e.g. {@code support|PJSIP/2001|CONNECT|0|...}. */
  List<String> events() {
    return log.stream().map(line -> line.substring(line.indexOf('|', line.indexOf('|') + 1) + 1)).toList();
  }

  void assertNothingLeft() {
    assertEquals(List.of(), h.calls.leftovers());
  }

  /** A port whose hub is plugged in once the harness (and its clock) exists. */
  private static final class LatePort implements QueuePort {
    private QueueHub hub;

    @Override
    public Optional<DeclaredQueue> queue(String name) {
      return hub.queue(name);
    }

    @Override
    public Registration listen(String callId, Consumer<QueueCommand> listener) {
      return hub.listen(callId, listener);
    }

    @Override
    public Future<Void> send(String queue, QueueInput input) {
      return hub.send(queue, input);
    }

    @Override
    public Future<Void> agent(AgentMessage message) {
      return hub.agent(message);
    }
  }
}
