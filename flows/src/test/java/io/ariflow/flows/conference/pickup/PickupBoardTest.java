package io.ariflow.flows.conference.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.TransitionCoverage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answering a ringing call from another endpoint: group and directed pickup, races, the call after it. */
class PickupBoardTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(PickupTable.TABLE);

  private static final RingingCall DIALLING = new RingingCall("dial-1", "caller", List.of("leg-1", "leg-2"),
      RingSource.DIAL, Set.of("PJSIP/201", "201"), Set.of("sales"), false);
  private static final RingingCall QUEUED = new RingingCall("queue-1", "queued-caller", List.of("agent-leg"),
      RingSource.QUEUE_OFFER, Set.of("agent-7"), Set.of("sales"), true);

  private final PickupBoard board = new PickupBoard(new SequentialIds(), COVERAGE);

  private static PickupRequest group(String picker) {
    return new PickupRequest(picker, Set.of("sales"), Optional.empty());
  }

  @Test
  void a_group_pickup_hangs_up_the_rung_legs_answers_the_caller_and_bridges_it_with_the_picker() {
    board.offer(DIALLING);
    PickupDecision claim = board.pick(group("picker"));
    assertEquals(List.of(new Command.HangUp("leg-1", "answered_elsewhere"),
        new Command.HangUp("leg-2", "answered_elsewhere"), new Command.Answer("caller"),
        new Command.CreateBridge("bridge-1", "pickup-dial-1"), new Command.AddToBridge("bridge-1", "caller"),
        new Command.AddToBridge("bridge-1", "picker")), claim.commands());
    assertEquals(Optional.of("dial-1"), claim.claimedCallId());
    assertEquals(Optional.empty(), claim.pickerOutcome());
    PickupDecision bridged = board.handle("dial-1", new PickupMessage.Bridged());
    assertEquals(Optional.of(PickupOutcome.PICKED_UP), bridged.pickerOutcome());
    assertEquals(PickupState.PICKED_UP, board.call("dial-1").orElseThrow().state());
  }

  @Test
  void a_queue_offer_s_caller_is_already_answered() {
    board.offer(QUEUED);
    PickupDecision claim = board.pick(group("picker"));
    assertTrue(claim.commands(Command.Answer.class).isEmpty());
    assertEquals(List.of(new Command.HangUp("agent-leg", "answered_elsewhere")), claim.commands(Command.HangUp.class));
  }

  @Test
  void a_group_pickup_takes_the_oldest_ringing_call_of_the_picker_s_groups_only() {
    board.offer(new RingingCall("support-1", "c0", List.of("l0"), RingSource.DIAL, Set.of("300"), Set.of("support"), true));
    board.offer(DIALLING);
    board.offer(QUEUED);
    assertEquals(Optional.of("dial-1"), board.pick(group("p1")).claimedCallId());
    assertEquals(Optional.of("queue-1"), board.pick(group("p2")).claimedCallId());
    assertEquals(Optional.of(PickupOutcome.ALREADY_PICKED), board.pick(group("p3")).pickerOutcome());
    assertEquals(List.of("support-1"), board.ringing().stream().map(RingingCall::callId).toList());
  }

  @Test
  void a_directed_pickup_takes_the_call_ringing_at_its_target_if_groups_allow() {
    board.offer(DIALLING);
    board.offer(new RingingCall("open-1", "c9", List.of("l9"), RingSource.DIAL, Set.of("209"), Set.of(), false));
    PickupRequest stranger = new PickupRequest("p1", Set.of("support"), Optional.of("PJSIP/201"));
    assertEquals(Optional.of(PickupOutcome.NOTHING_TO_PICK_UP), board.pick(stranger).pickerOutcome());
    PickupRequest anyone = new PickupRequest("p1", Set.of(), Optional.of("209"));
    assertEquals(Optional.of("open-1"), board.pick(anyone).claimedCallId());
    assertEquals(Optional.of("dial-1"),
        board.pick(new PickupRequest("p2", Set.of("sales"), Optional.of("201"))).claimedCallId());
  }

  @Test
  void a_call_answered_by_its_callee_before_the_pickup_is_no_longer_there() {
    board.offer(DIALLING);
    board.handle("dial-1", new PickupMessage.LegAnswered("leg-1"));
    assertEquals(Optional.of(PickupOutcome.NOTHING_TO_PICK_UP), board.pick(group("picker")).pickerOutcome());
  }

  @Test
  void a_leg_answering_or_the_owner_timing_out_just_after_the_claim_is_a_race_the_claim_already_won() {
    board.offer(DIALLING);
    board.pick(group("picker"));
    PickupDecision late = board.handle("dial-1", new PickupMessage.LegAnswered("leg-2"));
    assertEquals(List.of(new Command.HangUp("leg-2", "answered_elsewhere")), late.commands());
    assertTrue(board.handle("dial-1", new PickupMessage.Withdrawn()).illegal().isEmpty());
    assertEquals(PickupState.PICKING, board.call("dial-1").orElseThrow().state());
  }

  @Test
  void a_caller_hanging_up_while_ringing_or_being_picked_leaves_the_picker_to_its_flow() {
    board.offer(DIALLING);
    board.offer(QUEUED);
    board.handle("dial-1", new PickupMessage.CallerGone());
    assertTrue(board.call("dial-1").isEmpty());
    board.pick(group("picker"));
    PickupDecision gone = board.handle("queue-1", new PickupMessage.CallerGone());
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")), gone.commands());
    assertEquals(Optional.of(PickupOutcome.CALLER_GONE), gone.pickerOutcome());
    assertTrue(board.call("queue-1").isEmpty());
  }

  @Test
  void a_picker_hanging_up_during_the_claim_releases_the_caller_whose_ringing_was_cancelled() {
    board.offer(DIALLING);
    board.pick(group("picker"));
    PickupDecision gone = board.handle("dial-1", new PickupMessage.PickerGone());
    assertEquals(List.of(new Command.HangUp("caller", "normal"), new Command.DestroyBridge("bridge-1")),
        gone.commands());
    assertEquals(Optional.of(PickupOutcome.PICKER_GONE), gone.pickerOutcome());
  }

  @Test
  void after_the_pickup_whoever_hangs_up_first_ends_the_conversation_and_the_other_goes_back_to_its_flow() {
    board.offer(DIALLING);
    board.offer(QUEUED);
    board.pick(group("p1"));
    board.handle("dial-1", new PickupMessage.Bridged());
    assertEquals(Optional.of("p1"), board.call("dial-1").orElseThrow().picker());
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")),
        board.handle("dial-1", new PickupMessage.CallerGone()).commands());
    board.pick(group("p2"));
    board.handle("queue-1", new PickupMessage.Bridged());
    assertEquals(List.of(new Command.DestroyBridge("bridge-2")),
        board.handle("queue-1", new PickupMessage.PickerGone()).commands());
    assertTrue(board.ringing().isEmpty() && board.call("dial-1").isEmpty() && board.call("queue-1").isEmpty());
  }

  @Test
  void the_owner_withdrawing_a_ringing_call_removes_it_and_events_for_unknown_calls_do_nothing() {
    board.offer(DIALLING);
    board.handle("dial-1", new PickupMessage.Withdrawn());
    assertTrue(board.ringing().isEmpty());
    PickupDecision unknown = board.handle("dial-1", new PickupMessage.CallerGone());
    assertTrue(unknown.commands().isEmpty() && unknown.illegal().isEmpty());
  }

  @Test
  void an_event_that_does_not_fit_is_reported_with_the_history() {
    board.offer(DIALLING);
    PickupDecision wrong = board.handle("dial-1", new PickupMessage.Bridged());
    assertEquals(PickupState.RINGING, wrong.illegal().orElseThrow().from());
    assertEquals(PickupState.RINGING, board.call("dial-1").orElseThrow().state());
  }
}
