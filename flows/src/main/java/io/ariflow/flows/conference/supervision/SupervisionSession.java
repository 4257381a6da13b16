package io.ariflow.flows.conference.supervision;

import io.ariflow.flows.conference.command.AudioDirection;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One supervisor on one agent's call: the policy is asked first, then LISTEN and WHISPER go through a snoop on the
 * agent's channel (spy both; whisper none or out) bridged with the supervisor, and BARGE moves the supervisor into
 * the call's bridge. A mode switch makes the new snoop before dropping the old one; the end hangs up every snoop
 * (also one that comes up late) and destroys the supervisor bridge. The supervisor's own channel is never hung up.
 * A switch asked later (keys or engine operation) is checked against the same policy: rules that allow only
 * listening are not escaped by pressing the barge key.
 * One owner, not thread-safe; decisions are values.
 */
public final class SupervisionSession {

  private final SupervisionRequest request;
  private final IdGenerator ids;
  private final SupervisionKeys keys;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<SupervisionState, SupervisionInput> state;
  private final AudioWiring wiring;
  private final String supervisorBridge;
  private final Map<String, SupervisionMode> snoopModes = new HashMap<>();
  private final List<Command> commands = new ArrayList<>();
  private final List<HistoryEntry> steps = new ArrayList<>();
  private boolean bridgeCreated;
  private boolean supervisorInOwnBridge;
  private String currentSnoop;
  private String pendingSnoop;
  private SupervisionMode mode;
  private SupervisionOutcome outcome;
  private SupervisionPolicy policy = (supervisor, agent, asked) -> new PolicyVerdict.Allowed();

  /** A session for {@code request}, not started. */
  public SupervisionSession(SupervisionRequest request, IdGenerator ids, SupervisionKeys keys,
      TransitionObserver observer) {
    this.request = request;
    this.ids = ids;
    this.keys = keys;
    this.state = new StateCursor<>(SupervisionTable.TABLE, SupervisionState.REQUESTED, history, observer);
    this.wiring = AudioWiring.call(request.callBridgeId(), request.callChannels());
    this.supervisorBridge = ids.next("bridge");
  }

  /** Asks {@code policy}, then sets up the requested mode; a refusal makes no snoop at all. */
  public SupervisionDecision start(SupervisionPolicy policy) {
    this.policy = policy;
    PolicyVerdict verdict = policy.check(request.supervisor(), request.agent(), request.mode());
    if (verdict instanceof PolicyVerdict.Denied denied) {
      apply(SupervisionInput.REFUSE, denied.reason());
      outcome = SupervisionOutcome.REFUSED;
      return decide(new SupervisionAnswer.Ended(SupervisionOutcome.REFUSED, denied.reason()));
    }
    return decide(switchTo(request.mode()));
  }

  /** Handles one message. */
  public SupervisionDecision handle(SupervisionMessage message) {
    return decide(dispatch(message));
  }

  private SupervisionAnswer dispatch(SupervisionMessage message) {
    if (message instanceof SupervisionMessage.SnoopReady ready) {
      return snoopReady(ready.snoopId());
    }
    if (message instanceof SupervisionMessage.SnoopFailed failed) {
      return snoopFailed(failed);
    }
    if (message instanceof SupervisionMessage.SwitchMode switchMode) {
      return switchIfAllowed(switchMode.mode());
    }
    if (message instanceof SupervisionMessage.DtmfReceived dtmf) {
      return keys.messageFor(dtmf.digit()).map(this::dispatch)
          .orElseGet(() -> new SupervisionAnswer.Ignored("key " + dtmf.digit() + " means nothing here"));
    }
    if (message instanceof SupervisionMessage.SupervisorGone) {
      return end(SupervisionInput.SUPERVISOR_GONE, SupervisionOutcome.SUPERVISOR_LEFT, "the supervisor hung up");
    }
    if (message instanceof SupervisionMessage.TargetGone) {
      return end(SupervisionInput.TARGET_GONE, SupervisionOutcome.CALL_ENDED, "the call ended");
    }
    return end(SupervisionInput.STOP, SupervisionOutcome.STOPPED, "stopped");
  }

  private SupervisionAnswer switchIfAllowed(SupervisionMode next) {
    PolicyVerdict verdict = policy.check(request.supervisor(), request.agent(), next);
    if (verdict instanceof PolicyVerdict.Denied denied && state.lookup(toInput(next)).isPresent()) {
      return new SupervisionAnswer.NotAllowed(next, denied.reason());
    }
    return switchTo(next);
  }

  private static SupervisionInput toInput(SupervisionMode next) {
    return switch (next) {
      case LISTEN -> SupervisionInput.TO_LISTEN;
      case WHISPER -> SupervisionInput.TO_WHISPER;
      case BARGE -> SupervisionInput.TO_BARGE;
    };
  }

  private SupervisionAnswer switchTo(SupervisionMode next) {
    SupervisionInput input = toInput(next);
    Optional<Transition<SupervisionState, SupervisionInput>> row = state.lookup(input);
    if (row.isEmpty()) {
      SupervisionState now = state.current();
      boolean busy = now == SupervisionState.CONNECTING || now == SupervisionState.SWITCHING;
      return busy ? new SupervisionAnswer.Busy()
          : new SupervisionAnswer.Illegal(state.refuse(request.sessionId(), input, "switch to " + next.label()));
    }
    steps.add(state.apply(row.get(), "switch to " + next.label()));
    if (row.get().isSelf()) {
      return new SupervisionAnswer.NoChange(next);
    }
    if (next == SupervisionMode.BARGE) {
      return barge();
    }
    if (!bridgeCreated) {
      bridgeCreated = true;
      emit(new Command.CreateBridge(supervisorBridge, "supervision-" + request.sessionId()));
      if (mode != SupervisionMode.BARGE) {
        joinOwnBridge();
      }
    }
    pendingSnoop = ids.next("snoop");
    snoopModes.put(pendingSnoop, next);
    emit(new Command.CreateSnoop(pendingSnoop, request.agent().channelId(), AudioDirection.BOTH, next.whisper()));
    return new SupervisionAnswer.Switching(next);
  }

  private SupervisionAnswer barge() {
    emit(new Command.AddToBridge(request.callBridgeId(), request.supervisor().channelId()));
    supervisorInOwnBridge = false;
    hangUpSnoop(currentSnoop);
    currentSnoop = null;
    mode = SupervisionMode.BARGE;
    return new SupervisionAnswer.InMode(SupervisionMode.BARGE);
  }

  private SupervisionAnswer snoopReady(String snoopId) {
    SupervisionMode snoopMode = snoopModes.get(snoopId);
    if (snoopMode == null) {
      return new SupervisionAnswer.Ignored("not a snoop of this session: " + snoopId);
    }
    SupervisionInput input =
        snoopMode == SupervisionMode.LISTEN ? SupervisionInput.READY_LISTEN : SupervisionInput.READY_WHISPER;
    if (state.current() == SupervisionState.ENDED) {
      apply(input, "snoop " + snoopId + " came up after the end");
      hangUpSnoop(snoopId);
      return new SupervisionAnswer.Ignored("the session ended; the late snoop is hung up");
    }
    if (!snoopId.equals(pendingSnoop)) {
      return new SupervisionAnswer.Ignored("not the snoop being set up: " + snoopId);
    }
    apply(input, "snoop " + snoopId + " ready");
    emit(new Command.AddToBridge(supervisorBridge, snoopId));
    if (!supervisorInOwnBridge) {
      joinOwnBridge();
    }
    hangUpSnoop(currentSnoop);
    currentSnoop = snoopId;
    pendingSnoop = null;
    mode = snoopMode;
    return new SupervisionAnswer.InMode(snoopMode);
  }

  private SupervisionAnswer snoopFailed(SupervisionMessage.SnoopFailed failed) {
    boolean ended = state.current() == SupervisionState.ENDED;
    if (!ended && !failed.snoopId().equals(pendingSnoop)) {
      return new SupervisionAnswer.Ignored("not the snoop being set up: " + failed.snoopId());
    }
    if (pendingSnoop != null && pendingSnoop.equals(failed.snoopId())) {
      pendingSnoop = null;
    }
    return end(SupervisionInput.SNOOP_FAILED, SupervisionOutcome.FAILED, failed.reason());
  }

  private SupervisionAnswer end(SupervisionInput input, SupervisionOutcome why, String reason) {
    Optional<Transition<SupervisionState, SupervisionInput>> row = state.lookup(input);
    if (row.isEmpty()) {
      return new SupervisionAnswer.Illegal(state.refuse(request.sessionId(), input, reason));
    }
    boolean alreadyEnded = state.current() == SupervisionState.ENDED;
    steps.add(state.apply(row.get(), reason));
    if (alreadyEnded) {
      return new SupervisionAnswer.Ended(outcome, "already ended");
    }
    hangUpSnoop(currentSnoop);
    hangUpSnoop(pendingSnoop);
    if (mode == SupervisionMode.BARGE && why != SupervisionOutcome.SUPERVISOR_LEFT) {
      emit(new Command.RemoveFromBridge(request.callBridgeId(), request.supervisor().channelId()));
    }
    if (bridgeCreated) {
      emit(new Command.DestroyBridge(supervisorBridge));
    }
    currentSnoop = null;
    mode = null;
    outcome = why;
    return new SupervisionAnswer.Ended(why, reason);
  }

  private void joinOwnBridge() {
    emit(new Command.AddToBridge(supervisorBridge, request.supervisor().channelId()));
    supervisorInOwnBridge = true;
  }

  private void hangUpSnoop(String snoopId) {
    if (snoopId != null) {
      emit(new Command.HangUp(snoopId, "normal"));
    }
  }

  private void apply(SupervisionInput input, String detail) {
    steps.add(state.apply(state.lookup(input).orElseThrow(), detail));
  }

  private void emit(Command command) {
    commands.add(command);
    wiring.apply(command);
  }

  private SupervisionDecision decide(SupervisionAnswer answer) {
    SupervisionDecision decision = new SupervisionDecision(commands, answer, steps);
    commands.clear();
    steps.clear();
    return decision;
  }

  /** The request the session serves. */
  public SupervisionRequest request() {
    return request;
  }

  /** Whether {@code channelId} is one of the snoop channels this session asked for. */
  public boolean isSnoop(String channelId) {
    return snoopModes.containsKey(channelId);
  }

  /** The session's state. */
  public SupervisionState state() {
    return state.current();
  }

  /** The mode in effect (empty before the first snoop is ready and after the end). */
  public Optional<SupervisionMode> mode() {
    return Optional.ofNullable(mode);
  }

  /** How the session ended, once it did. */
  public Optional<SupervisionOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** The supervisor bridge's id (created with the first snoop). */
  public String supervisorBridgeId() {
    return supervisorBridge;
  }

  /** Who hears whom right now among the call's parties and the supervisor, from the commands decided so far. */
  public Hearing topology() {
    Set<String> parties = new LinkedHashSet<>(request.callChannels());
    parties.add(request.supervisor().channelId());
    return wiring.hearing(parties);
  }

  /** The recent transitions, oldest first. */
  public List<HistoryEntry> history() {
    return history.recent();
  }
}
