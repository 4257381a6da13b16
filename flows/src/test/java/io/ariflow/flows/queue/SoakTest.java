package io.ariflow.flows.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.definition.AnnouncementPolicy;
import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.definition.EmptyRules;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.OfferPolicy;
import io.ariflow.flows.queue.definition.PriorityAging;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.definition.QueueLimits;
import io.ariflow.flows.queue.engine.CancelReason;
import io.ariflow.flows.queue.engine.Decisions;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.CancelOffer;
import io.ariflow.flows.queue.engine.QueueCommand.Connect;
import io.ariflow.flows.queue.engine.QueueCommand.DialCallback;
import io.ariflow.flows.queue.engine.QueueCommand.Joined;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueCommand.OfferedAgent;
import io.ariflow.flows.queue.engine.QueueCommand.Overflow;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An hour of virtual time: 200 callers over three queues and 20 agents (12 static, 8 logging in and out),
 * all behaving at random from a fixed seed (answering, refusing, ringing out, answering too late, pausing,
 * phones going unavailable, callers hanging up, pressing the exit key, asking for callbacks). After every
 * message each agent's state must match the legs the simulated world holds for it and every queue's
 * statistics must add up; at the end nothing is left ringing, talking or waiting.
 */
class SoakTest {

  private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
  private static final int CALLERS = 200;
  private static final Duration HOUR = Duration.ofHours(1);
  private static final List<String> QUEUES = List.of("sales", "support", "vip");

  private SplittableRandom random;
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final Map<String, String> ringing = new HashMap<>();
  private final Map<String, String> talking = new HashMap<>();
  private final Map<String, String> queueOf = new HashMap<>();
  private final Set<String> connected = new HashSet<>();
  private final Set<String> gone = new HashSet<>();
  private final List<QueueLogRecord> log = new ArrayList<>();
  private ContactCenter center;
  private Instant now = T0;
  private long sequence;
  private boolean draining;
  private int messages;

  private record Event(Instant at, long seq, Runnable action) implements Comparable<Event> {
    @Override
    public int compareTo(Event other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(seq, other.seq);
    }
  }

  private void at(Duration after, Runnable action) {
    events.add(new Event(now.plus(after), sequence++, action));
  }

  private Duration seconds(int min, int max) {
    return Duration.ofSeconds(random.nextInt(min, max + 1));
  }

  private static List<QueueDefinition> queues() {
    List<MemberDefinition> statics = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statics.add(Queues.member("a" + i, i % 3).withSkills(Map.of("english", 1 + i % 9, "billing", i % 4)));
    }
    List<MemberDefinition> dynamics = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      dynamics.add(MemberDefinition.agent("d" + i, i % 2).withSkills(Map.of("english", 5, "billing", 3)));
    }
    OfferPolicy offers = OfferPolicy.defaults().withWrapUp(Duration.ofSeconds(10))
        .withAutoPause(AutoPausePolicy.after(3, false));
    AnnouncementPolicy announcements = AnnouncementPolicy.defaults()
        .withFrequency(Duration.ofSeconds(30), Duration.ofSeconds(15))
        .withPeriodic(List.of("queue-periodic-announce"), Duration.ofSeconds(60), false);
    QueueDefinition.Builder sales = QueueDefinition.builder("sales").strategy("rrmemory").offers(offers)
        .announcements(announcements).exitKeys("0")
        .limits(QueueLimits.defaults().withSize(0, Optional.of(Duration.ofMinutes(5))));
    statics.subList(0, 8).forEach(sales::member);
    dynamics.subList(0, 4).forEach(sales::member);
    QueueDefinition.Builder support = QueueDefinition.builder("support").strategy("skills").weight(5)
        .offers(offers).aging(new PriorityAging(Duration.ofSeconds(30), 1, 5))
        .callback(CallbackPolicy.on("5", 2, Duration.ofSeconds(60)));
    statics.subList(4, 12).forEach(support::member);
    dynamics.subList(2, 8).forEach(support::member);
    QueueDefinition.Builder vip = QueueDefinition.builder("vip").strategy("ringall").weight(10)
        .offers(offers).limits(QueueLimits.defaults().withSize(5, Optional.of(Duration.ofMinutes(3)))
            .withEmptyRules(EmptyRules.LOOSE, java.util.Set.of()));
    statics.subList(0, 4).forEach(vip::member);
    return List.of(sales.build(), support.build(), vip.build());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2024, 7, 31337})
  void an_hour_of_random_traffic_leaves_no_agent_in_a_state_that_does_not_match_its_calls(long seed) {
    random = new SplittableRandom(seed);
    center = new ContactCenter(queues(), StrategyRegistry.standard(), new SplittableRandom(7), TransitionObserver.NONE);
    apply(center.start(now));
    scheduleCallers();
    scheduleAgents();
    run(T0.plus(HOUR));
    drain();
    run(T0.plus(HOUR).plus(Duration.ofHours(2)));
    finish();
    assertEverythingSettled();
  }

  private void scheduleCallers() {
    for (int i = 0; i < CALLERS; i++) {
      String call = "call-" + i;
      String queue = QUEUES.get(random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 8 ? 1 : 2);
      at(Duration.ofSeconds(random.nextInt(3000)), () -> join(call, queue));
    }
  }

  private void join(String call, String queue) {
    queueOf.put(call, queue);
    QueueInput.Join join = QueueInput.Join.of(call, "555" + call).withPriority(random.nextInt(10) == 0 ? 3 : 0);
    if (queue.equals("support")) {
      join = join.withSkills(Map.of("english", random.nextInt(1, 6), "billing", random.nextInt(0, 3)));
    }
    send(queue, join);
  }

  private void scheduleAgents() {
    for (int minute = 1; minute < 60; minute++) {
      Duration at = Duration.ofMinutes(minute);
      for (int i = 0; i < 12; i++) {
        String agent = "a" + i;
        if (random.nextInt(100) < 3) {
          Duration pause = seconds(30, 300);
          events.add(new Event(T0.plus(at), sequence++, () -> agentMessage(new AgentMessage.Pause(agent, "break"))));
          events.add(new Event(T0.plus(at).plus(pause), sequence++,
              () -> agentMessage(new AgentMessage.Unpause(agent))));
        }
        if (random.nextInt(100) < 2) {
          events.add(new Event(T0.plus(at), sequence++, () -> device(agent, DeviceState.UNAVAILABLE)));
          events.add(new Event(T0.plus(at).plus(Duration.ofSeconds(20)), sequence++,
              () -> device(agent, DeviceState.NOT_INUSE)));
        }
      }
    }
    for (int i = 0; i < 8; i++) {
      String agent = "d" + i;
      Duration in = seconds(0, 900);
      events.add(new Event(T0.plus(in), sequence++,
          () -> agentMessage(AgentMessage.Login.of(agent, "PJSIP/" + agent))));
      events.add(new Event(T0.plus(in).plus(seconds(900, 2400)), sequence++,
          () -> agentMessage(new AgentMessage.Logout(agent))));
    }
  }

  private void device(String agent, DeviceState state) {
    apply(center.handle(new AgentMessage.DeviceChanged("PJSIP/" + agent, state), now));
  }

  private void agentMessage(AgentMessage message) {
    if (!draining || message instanceof AgentMessage.Unpause) {
      apply(center.handle(message, now));
    }
  }

  private void send(String queue, QueueInput input) {
    apply(center.handle(queue, input, now));
  }

  private void apply(Decisions decisions) {
    messages++;
    assertFalse(decisions.outcome().isIllegal(), () -> decisions.outcome().toString());
    log.addAll(decisions.log());
    for (QueueCommand command : decisions.commands()) {
      react(command);
    }
    checkInvariants();
  }

  private void react(QueueCommand command) {
    if (command instanceof Joined joined) {
      callerBehaviour(joined.callId());
    } else if (command instanceof Overflow overflow) {
      gone.add(overflow.callId());
    } else if (command instanceof Offer offer) {
      offer.agents().stream().map(OfferedAgent::agentId).forEach(agent -> ring(offer.callId(), agent));
    } else if (command instanceof CancelOffer cancel) {
      for (String agent : cancel.agentIds()) {
        ringing.remove(agent, cancel.callId());
        if (cancel.reason() == CancelReason.TOO_LATE || cancel.reason() == CancelReason.CALLBACK_UNREACHED) {
          talking.remove(agent, cancel.callId());
        }
      }
    } else if (command instanceof Connect connect) {
      connected.add(connect.callId());
      at(seconds(60, 540), () -> endCall(connect.callId(), connect.agentId()));
    } else if (command instanceof DialCallback dial) {
      at(seconds(3, 8), () -> send(queueOf.get(dial.callId()), random.nextInt(4) == 0
          ? new QueueInput.CallbackUnreached(dial.callId()) : new QueueInput.CallbackAnswered(dial.callId())));
    }
  }

  private void callerBehaviour(String call) {
    int roll = random.nextInt(100);
    if (roll < 15) {
      at(seconds(20, 400), () -> hangUp(call));
    } else if (roll < 20 && queueOf.get(call).equals("sales")) {
      at(seconds(10, 120), () -> {
        if (!gone.contains(call) && !connected.contains(call)) {
          gone.add(call);
          send("sales", new QueueInput.CallerExited(call, "0"));
        }
      });
    } else if (roll < 30 && queueOf.get(call).equals("support")) {
      at(seconds(10, 60), () -> {
        if (!gone.contains(call) && !connected.contains(call)) {
          send("support", new QueueInput.RequestCallback(call, "+1" + call));
          at(Duration.ofSeconds(2), () -> send("support", new QueueInput.CallerHungUp(call)));
        }
      });
    }
  }

  private void hangUp(String call) {
    if (gone.add(call)) {
      talking.values().removeIf(call::equals);
      send(queueOf.get(call), new QueueInput.CallerHungUp(call));
    }
  }

  private void ring(String call, String agent) {
    ringing.put(agent, call);
    int roll = draining ? 0 : random.nextInt(100);
    if (roll < 65) {
      at(seconds(1, draining ? 2 : 18), () -> answer(call, agent));
    } else if (roll < 85) {
      at(seconds(1, 6), () -> {
        if (ringing.remove(agent, call)) {
          send(queueOf.get(call), new QueueInput.OfferRefused(call, agent, RefuseReason.BUSY));
        }
      });
    }
  }

  private void answer(String call, String agent) {
    if (ringing.remove(agent, call)) {
      talking.put(agent, call);
      send(queueOf.get(call), new QueueInput.OfferAnswered(call, agent, "leg-" + agent));
    } else if (random.nextInt(10) < 3) {
      send(queueOf.get(call), new QueueInput.OfferAnswered(call, agent, "leg-" + agent));
    }
  }

  private void endCall(String call, String agent) {
    if (talking.remove(agent, call)) {
      gone.add(call);
      send(queueOf.get(call), new QueueInput.CallEnded(call, random.nextBoolean() ? EndedBy.CALLER : EndedBy.AGENT));
    }
  }

  private void run(Instant until) {
    while (true) {
      Optional<Instant> wake = center.nextWakeAt(now);
      Optional<Instant> next = Optional.ofNullable(events.peek()).map(Event::at);
      Optional<Instant> first = Decisions.earliest(wake, next).filter(at -> !at.isAfter(until));
      if (first.isEmpty()) {
        now = until;
        return;
      }
      now = first.get();
      if (next.isPresent() && !next.get().isAfter(now)) {
        events.poll().action().run();
      } else {
        apply(center.tick(now));
      }
    }
  }

  /** After the hour: everybody unpauses and answers, waiting callers hang up, callbacks are served. */
  private void drain() {
    draining = true;
    events.removeIf(event -> true);
    for (AgentView agent : center.agents()) {
      if (agent.state() == AgentState.PAUSED) {
        agentMessage(new AgentMessage.Unpause(agent.agentId()));
      }
      device(agent.agentId(), DeviceState.NOT_INUSE);
    }
    for (String call : List.copyOf(queueOf.keySet())) {
      boolean offline = center.callers(queueOf.get(call), now).stream()
          .anyMatch(c -> c.callId().equals(call) && c.state().callback());
      if (!offline && !connected.contains(call)) {
        hangUp(call);
      }
    }
    new ArrayList<>(ringing.entrySet()).forEach(leg -> at(Duration.ofSeconds(1), () -> answer(leg.getValue(), leg.getKey())));
  }

  /** Ends every call still connected and lets wrap-ups pass. */
  private void finish() {
    new HashMap<>(talking).forEach((agent, call) -> endCall(call, agent));
    run(now.plus(Duration.ofMinutes(5)));
  }

  private void checkInvariants() {
    for (AgentView agent : center.agents()) {
      String id = agent.agentId();
      if (agent.state() == AgentState.OFFERED) {
        assertEquals(Optional.ofNullable(ringing.get(id)), agent.callId(), () -> id + " rings for a call the world does not know");
      } else if (agent.state() == AgentState.ON_CALL) {
        assertEquals(Optional.ofNullable(talking.get(id)), agent.callId(), () -> id + " talks on a call the world does not know");
      } else {
        assertFalse(ringing.containsKey(id), () -> id + " is " + agent.state() + " but its leg rings at " + now);
        assertFalse(talking.containsKey(id), () -> id + " is " + agent.state() + " but talks at " + now);
      }
    }
    for (String queue : QUEUES) {
      QueueStatistics stats = center.statistics(queue, now).orElseThrow();
      assertTrue(stats.balanced(), () -> queue + " does not add up: " + stats);
    }
  }

  private void assertEverythingSettled() {
    assertTrue(ringing.isEmpty(), ringing::toString);
    assertTrue(talking.isEmpty(), talking::toString);
    for (AgentView agent : center.agents()) {
      Set<AgentState> idle = Set.of(AgentState.AVAILABLE, AgentState.PAUSED, AgentState.LOGGED_OUT);
      assertTrue(idle.contains(agent.state()) && agent.callId().isEmpty(),
          () -> agent.agentId() + " left " + agent.state() + " on " + agent.callId());
    }
    long joined = 0;
    long rejected = 0;
    for (String queue : QUEUES) {
      QueueStatistics stats = center.statistics(queue, now).orElseThrow();
      assertEquals(0, stats.waiting(), queue);
      assertEquals(0, stats.talking(), queue);
      assertTrue(stats.balanced());
      assertTrue(stats.answered() > 0, queue);
      joined += stats.joined();
      rejected += stats.rejectedFull() + stats.rejectedEmpty();
    }
    assertEquals(CALLERS, joined + rejected);
    assertTrue(messages > 1000, "traffic: " + messages);
    long entered = log.stream().filter(r -> r.event().keyword().equals("ENTERQUEUE")).count();
    assertEquals(joined, entered);
    Set<String> closing = Set.of("COMPLETECALLER", "COMPLETEAGENT", "ABANDON", "EXITWITHKEY", "EXITWITHTIMEOUT",
        "EXITEMPTY");
    assertEquals(entered, log.stream().filter(r -> closing.contains(r.event().keyword())).count(),
        "every caller who entered left the queue_log exactly once");
  }
}
