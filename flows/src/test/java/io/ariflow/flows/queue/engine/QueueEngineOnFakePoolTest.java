package io.ariflow.flows.queue.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentPool;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.agent.Release;
import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.QueueCommand.CancelOffer;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.strategy.RingAllStrategy;
import io.ariflow.flows.state.IllegalTransition;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One engine on its own, against a fake agent pool primed with answers: what a queue does when the agents'
 * owner says no (a lost reservation, an answer it no longer accepts), as it may in a cluster.
 */
class QueueEngineOnFakePoolTest {

  private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");

  /** Agents always free; reservations and answers accepted or refused as primed; calls recorded. */
  private static final class FakePool implements AgentPool {
    boolean reservations = true;
    boolean answers = true;
    final List<String> calls = new ArrayList<>();

    @Override
    public Optional<AgentView> view(String agentId) {
      return Optional.of(new AgentView(agentId, Optional.of("PJSIP/" + agentId), AgentState.AVAILABLE,
          Optional.empty(), DeviceState.NOT_INUSE, Optional.empty(), Optional.empty(), T0, Optional.empty(),
          Optional.empty(), 0, 0));
    }

    @Override
    public boolean reserve(String agentId, String callId, String queue, boolean ringInUse, Instant now) {
      calls.add("reserve " + agentId);
      return reservations;
    }

    @Override
    public Outcome answered(String agentId, String callId, Instant now) {
      calls.add("answered " + agentId);
      return answers ? new Outcome.Applied(List.of()) : new Outcome.Illegal(new IllegalTransition(agentId, "agent",
          AgentState.AVAILABLE, io.ariflow.flows.queue.agent.AgentInput.ANSWER, "test", "moved on", List.of()));
    }

    @Override
    public Outcome released(String agentId, String callId, Release why, AutoPausePolicy autoPause, Instant now) {
      calls.add("released " + agentId + " " + why);
      return new Outcome.Applied(List.of());
    }

    @Override
    public Outcome completed(String agentId, String callId, Duration wrapUp, Instant now) {
      calls.add("completed " + agentId);
      return new Outcome.Applied(List.of());
    }
  }

  private static QueueEngine engine(FakePool pool) {
    QueueDefinition definition = QueueDefinition.builder("q").strategy("ringall")
        .member(MemberDefinition.endpoint("PJSIP/a", 0), MemberDefinition.endpoint("PJSIP/b", 1)).build();
    return new QueueEngine(definition, new RingAllStrategy(), pool, new SplittableRandom(1), TransitionObserver.NONE);
  }

  @Test
  void a_lost_reservation_makes_the_queue_try_the_next_candidate() {
    FakePool pool = new FakePool();
    pool.reservations = false;
    QueueEngine engine = engine(pool);
    Decisions joined = engine.handle(QueueInput.Join.of("c1", "1"), T0);
    assertTrue(joined.commands(Offer.class).isEmpty());
    assertEquals(List.of("reserve PJSIP/a", "reserve PJSIP/b"), pool.calls);
  }

  @Test
  void an_answer_the_agents_owner_refuses_is_reported_and_the_leg_hung_up() {
    FakePool pool = new FakePool();
    QueueEngine engine = engine(pool);
    engine.handle(QueueInput.Join.of("c1", "1"), T0);
    pool.answers = false;
    Decisions answered = engine.handle(new QueueInput.OfferAnswered("c1", "PJSIP/a", "leg"), T0.plusSeconds(2));
    assertTrue(answered.outcome().isIllegal());
    assertEquals(List.of(new CancelOffer("c1", List.of("PJSIP/a"), CancelReason.TOO_LATE)),
        answered.commands(CancelOffer.class));
    assertEquals(List.of("PJSIP/b"), answered.commands(Offer.class).stream()
        .flatMap(o -> o.agents().stream()).map(QueueCommand.OfferedAgent::agentId).toList(),
        "the round goes on with the next tier");
    assertEquals(EntryState.RINGING, engine.callers(T0.plusSeconds(2)).get(0).state());
    assertEquals(List.of(), engine.handle(new QueueInput.Tick(), T0.plusSeconds(3)).commands());
  }
}
