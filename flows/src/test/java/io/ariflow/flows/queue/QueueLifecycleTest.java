package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.definition.EmptyRules;
import io.ariflow.flows.queue.definition.OfferPolicy;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.definition.QueueLimits;
import io.ariflow.flows.queue.engine.CancelReason;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.EntryState;
import io.ariflow.flows.queue.engine.EntryTable;
import io.ariflow.flows.queue.engine.OverflowReason;
import io.ariflow.flows.queue.engine.QueueCommand.CallbackAccepted;
import io.ariflow.flows.queue.engine.QueueCommand.CancelOffer;
import io.ariflow.flows.queue.engine.QueueCommand.Connect;
import io.ariflow.flows.queue.engine.QueueCommand.DialCallback;
import io.ariflow.flows.queue.engine.QueueCommand.Joined;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueCommand.Overflow;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.engine.QueuedCaller;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A caller's life in a queue, from join to the end of the call or an early departure; every row of the
 * queue-entry table is exercised.
 */
class QueueLifecycleTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(EntryTable.TABLE);

  private static QueueHarness start(QueueDefinition definition) {
    return QueueHarness.start(COVERAGE, 1, definition);
  }

  private static QueueDefinition.Builder sales(String strategy, String... agents) {
    return queue("sales", strategy, agents)
        .offers(OfferPolicy.defaults().withRing(Duration.ofSeconds(15), Duration.ofSeconds(5)));
  }

  private static QueueDefinition withCallbacks(QueueDefinition.Builder builder) {
    return builder.callback(CallbackPolicy.on("5", 2, Duration.ofSeconds(60))).build();
  }

  @Test
  void a_caller_joins_rings_an_agent_talks_and_the_agent_wraps_up() {
    QueueHarness h = start(sales("rrmemory", "a", "b")
        .offers(OfferPolicy.defaults().withWrapUp(Duration.ofSeconds(30))).build());
    h.join("c1");
    assertEquals(List.of(new Joined("c1", 1)), h.commands(Joined.class));
    Offer offer = h.commands(Offer.class).get(0);
    assertEquals("PJSIP/a", offer.agents().get(0).endpoint());
    assertEquals(Duration.ofSeconds(15), offer.ringTimeout());
    assertEquals(AgentState.OFFERED, h.state("a"));
    h.advanceSeconds(4);
    h.answer("c1", "a");
    assertEquals(List.of(new Connect("c1", "a")), h.commands(Connect.class));
    assertEquals(AgentState.ON_CALL, h.state("a"));
    assertEquals(List.of(new QueuedCaller("c1", 0, EntryState.CONNECTED, Duration.ofSeconds(4), Optional.of("a"))),
        h.center().callers("sales", h.now()));
    h.advanceSeconds(60);
    h.end("c1", EndedBy.AGENT);
    assertEquals(AgentState.WRAP_UP, h.state("a"));
    h.advanceSeconds(29);
    assertEquals(AgentState.WRAP_UP, h.state("a"));
    h.advanceSeconds(1);
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    assertTrue(h.center().callers("sales", h.now()).isEmpty());
  }

  @Test
  void with_ringall_the_first_answer_wins_and_the_other_legs_are_cancelled() {
    QueueHarness h = start(sales("ringall", "a", "b", "c").build());
    h.join("c1");
    assertEquals(List.of("a+b+c"), h.offerSequence());
    h.answer("c1", "b");
    assertEquals(List.of(new CancelOffer("c1", List.of("a", "c"), CancelReason.ANSWERED_ELSEWHERE)),
        h.commands(CancelOffer.class));
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    assertEquals(AgentState.ON_CALL, h.state("b"));
    Outcome late = h.answer("c1", "c").outcome();
    assertInstanceOf(Outcome.Ignored.class, late);
    assertEquals(new CancelOffer("c1", List.of("c"), CancelReason.TOO_LATE), h.commands(CancelOffer.class).get(1));
  }

  @Test
  void a_refusal_moves_on_to_the_next_agent_at_once_and_a_ring_timeout_waits_the_retry_delay() {
    QueueHarness h = start(sales("rrmemory", "a", "b", "c").build());
    h.join("c1");
    h.refuse("c1", "a");
    assertEquals(List.of("a", "b"), h.offerSequence());
    h.advanceSeconds(15);
    assertEquals(new CancelOffer("c1", List.of("b"), CancelReason.RING_TIMEOUT),
        h.commands(CancelOffer.class).get(0));
    assertEquals(AgentState.AVAILABLE, h.state("b"));
    assertEquals(List.of("a", "b"), h.offerSequence(), "nothing during the retry delay");
    h.advanceSeconds(5);
    assertEquals(List.of("a", "b", "c"), h.offerSequence());
  }

  @Test
  void when_everybody_refused_the_caller_waits_the_retry_delay_then_everybody_may_ring_again() {
    QueueHarness h = start(sales("rrmemory", "a", "b").build());
    h.join("c1");
    h.refuse("c1", "a");
    h.refuse("c1", "b");
    assertEquals(List.of("a", "b"), h.offerSequence());
    h.advanceSeconds(5);
    assertEquals(List.of("a", "b", "a"), h.offerSequence());
  }

  @Test
  void a_caller_hanging_up_while_an_agent_rings_abandons_and_the_agent_is_free_again() {
    QueueHarness h = start(sales("rrmemory", "a").build());
    h.join("c1");
    h.advanceSeconds(3);
    h.hangUp("c1");
    assertEquals(List.of(new CancelOffer("c1", List.of("a"), CancelReason.CALLER_LEFT)),
        h.commands(CancelOffer.class));
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    assertEquals(1, h.statistics().abandoned());
    assertTrue(h.logLines().contains("1714554003|c1|sales|a|RINGCANCELED|3000"), h.logLines().toString());
    assertTrue(h.logLines().contains("1714554003|c1|sales|NONE|ABANDON|1|1|3"), h.logLines().toString());
  }

  @Test
  void an_agent_hanging_up_during_the_offer_counts_as_a_refusal_and_the_next_agent_rings() {
    QueueHarness h = start(sales("linear", "a", "b").build());
    h.join("c1");
    h.send(new QueueInput.OfferRefused("c1", "a", io.ariflow.flows.queue.engine.RefuseReason.HUNG_UP));
    assertEquals(List.of("a", "b"), h.offerSequence());
    assertEquals(AgentState.AVAILABLE, h.state("a"));
  }

  @Test
  void a_waiting_caller_may_hang_up_or_leave_with_an_exit_key() {
    QueueHarness h = start(sales("ringall").exitKeys("0").build());
    h.join("c1");
    h.join("c2");
    h.advanceSeconds(10);
    h.hangUp("c1");
    h.send(new QueueInput.CallerExited("c2", "0"));
    assertTrue(h.logLines().contains("1714554010|c2|sales|NONE|EXITWITHKEY|0|1|2|10"), h.logLines().toString());
    assertEquals(1, h.statistics().exitedWithKey());
    assertEquals(1, h.statistics().abandoned());
  }

  @Test
  void a_ringing_caller_may_leave_with_an_exit_key() {
    QueueHarness h = start(sales("ringall", "a").exitKeys("*").build());
    h.join("c1");
    h.send(new QueueInput.CallerExited("c1", "*"));
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    assertEquals(CancelReason.CALLER_LEFT, h.commands(CancelOffer.class).get(0).reason());
  }

  @Test
  void the_maximum_wait_overflows_the_caller_and_a_full_queue_refuses_new_ones() {
    QueueHarness h = start(sales("ringall")
        .limits(QueueLimits.defaults().withSize(1, Optional.of(Duration.ofSeconds(30)))).build());
    h.join("c1");
    h.join("c2");
    assertEquals(List.of(new Overflow("c2", OverflowReason.FULL)), h.commands(Overflow.class));
    h.advanceSeconds(30);
    assertEquals(new Overflow("c1", OverflowReason.TIMEOUT), h.commands(Overflow.class).get(1));
    assertTrue(h.logLines().contains("1714554030|c1|sales|NONE|EXITWITHTIMEOUT|1|1|30"), h.logLines().toString());
    assertEquals(1, h.statistics().rejectedFull());
    assertEquals(1, h.statistics().timedOut());
  }

  @Test
  void the_maximum_wait_cuts_a_ringing_offer_short_without_blaming_the_agent() {
    QueueHarness h = start(sales("ringall", "a").build());
    h.send(QueueInput.Join.of("c1", "555").withMaxWait(Duration.ofSeconds(10)));
    assertEquals(Duration.ofSeconds(10), h.commands(Offer.class).get(0).ringTimeout());
    h.advanceSeconds(10);
    assertEquals(CancelReason.QUEUE_TIMEOUT, h.commands(CancelOffer.class).get(0).reason());
    assertEquals(new Overflow("c1", OverflowReason.TIMEOUT), h.commands(Overflow.class).get(0));
    assertEquals(0, h.center().agent("a").orElseThrow().missedInARow());
    assertTrue(h.logLines().contains("1714554010|c1|sales|a|RINGCANCELED|10000"), h.logLines().toString());
  }

  @Test
  void a_caller_may_ask_for_a_callback_keep_its_place_and_be_called_back_after_the_agent_answers() {
    QueueHarness h = start(withCallbacks(sales("ringall")));
    h.join("c1");
    h.join("c2");
    h.send(new QueueInput.RequestCallback("c1", "+15550001"));
    assertEquals(List.of(new CallbackAccepted("c1", 1)), h.commands(CallbackAccepted.class));
    h.hangUp("c1");
    assertEquals(0, h.statistics().abandoned(), "the hangup after a callback request is expected");
    h.login("x", "PJSIP/x");
    h.send(AgentMessage.Login.of("x", "PJSIP/x"));
    h.send(new QueueInput.AddMember(Queues.member("x", 0), false));
    Offer offer = h.commands(Offer.class).get(0);
    assertEquals("c1", offer.callId(), "the callback keeps its place ahead of c2");
    assertEquals(Optional.of("+15550001"), offer.callbackNumber());
    h.hangUp("c1");
    h.answer("c1", "x");
    assertEquals(List.of(new DialCallback("c1", "x", "+15550001")), h.commands(DialCallback.class));
    h.hangUp("c1");
    h.send(new QueueInput.CallbackAnswered("c1"));
    assertEquals(List.of(new Connect("c1", "x")), h.commands(Connect.class));
    assertEquals(1, h.statistics().answered());
  }

  @Test
  void an_unreached_callback_is_retried_later_then_given_up() {
    QueueHarness h = start(withCallbacks(sales("ringall", "a")));
    h.send(new QueueInput.AddMember(Queues.member("a", 0), false));
    h.join("c1");
    h.send(new QueueInput.RequestCallback("c1", "+1555"));
    assertEquals(CancelReason.CALLER_LEFT, h.commands(CancelOffer.class).get(0).reason());
    assertEquals(List.of("a", "a"), h.offerSequence(), "the callback is offered at once");
    h.refuse("c1", "a");
    h.advanceSeconds(5);
    h.answer("c1", "a");
    h.send(new QueueInput.CallbackUnreached("c1"));
    assertEquals(CancelReason.CALLBACK_UNREACHED, h.commands(CancelOffer.class).get(1).reason());
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    h.advanceSeconds(59);
    assertEquals(3, h.offerSequence().size(), "the callback retry delay");
    h.advanceSeconds(1);
    assertEquals(4, h.offerSequence().size());
    h.answer("c1", "a");
    h.send(new QueueInput.CallbackUnreached("c1"));
    assertEquals(1, h.statistics().callbacksFailed());
    assertTrue(h.statistics().balanced());
    assertTrue(h.center().callers("sales", h.now()).isEmpty());
  }

  @Test
  void a_ringing_caller_asking_for_a_callback_keeps_position_one_and_is_offered_as_a_callback() {
    QueueHarness h = start(withCallbacks(sales("ringall", "a")));
    h.join("c1");
    h.join("c2");
    h.send(new QueueInput.RequestCallback("c1", "+1555"));
    assertEquals(List.of("a", "a"), h.offersTo("c1"));
    assertEquals(Optional.of("+1555"), h.commands(Offer.class).get(1).callbackNumber());
    assertTrue(h.offersTo("c2").isEmpty());
  }

  @Test
  void a_connected_caller_hanging_up_completes_the_call_as_ended_by_the_caller() {
    QueueHarness h = start(sales("ringall", "a").build());
    h.join("c1");
    h.advanceSeconds(2);
    h.answer("c1", "a");
    h.advanceSeconds(40);
    h.hangUp("c1");
    assertTrue(h.logLines().contains("1714554042|c1|sales|a|COMPLETECALLER|2|40|1"), h.logLines().toString());
    assertEquals(1, h.statistics().completed());
  }

  @Test
  void a_waiting_caller_leaves_when_the_last_agent_pauses_under_leave_when_empty() {
    QueueHarness h = start(sales("ringall", "a")
        .limits(QueueLimits.defaults().withEmptyRules(java.util.Set.of(), EmptyRules.STRICT)).build());
    h.join("c1");
    h.answer("c1", "a");
    h.join("c2");
    h.send(new AgentMessage.Pause("a", "break"));
    assertTrue(h.commands(Overflow.class).isEmpty(), "a busy agent still counts");
    h.advanceSeconds(20);
    h.end("c1", EndedBy.CALLER);
    assertEquals(AgentState.PAUSED, h.state("a"));
    assertEquals(List.of(new Overflow("c2", OverflowReason.LEAVE_EMPTY)), h.commands(Overflow.class));
    assertTrue(h.logLines().contains("1714554020|c2|sales|NONE|EXITEMPTY|1|1|20"), h.logLines().toString());
  }

  @Test
  void messages_for_unknown_calls_and_queues_are_ignored_and_impossible_ones_are_illegal() {
    QueueHarness h = start(sales("ringall", "a").build());
    assertInstanceOf(Outcome.Ignored.class, h.hangUp("ghost").outcome());
    assertInstanceOf(Outcome.Ignored.class, h.send("nope", QueueInput.Join.of("c", "1")).outcome());
    h.join("c1");
    assertInstanceOf(Outcome.Ignored.class, h.join("c1").outcome());
    assertInstanceOf(Outcome.Ignored.class, h.send(new QueueInput.RequestCallback("c1", "1")).outcome());
    assertInstanceOf(Outcome.Ignored.class, h.refuse("c1", "zz").outcome());
    Outcome illegal = h.send(new QueueInput.CallbackAnswered("c1")).outcome();
    assertTrue(illegal.isIllegal());
    h.answer("c1", "a");
    assertTrue(h.send(new QueueInput.CallerExited("c1", "1")).outcome().isIllegal());
    assertInstanceOf(Outcome.Ignored.class, h.send(new QueueInput.RemoveMember("zz")).outcome());
    assertInstanceOf(Outcome.Ignored.class,
        h.send(new QueueInput.AddMember(Queues.member("a", 0), false)).outcome());
  }
}
