package io.ariflow.flows.conference.originate;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.IllegalTransition;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Click-to-call: dial A; when A answers, dial B while A hears ringback and bridge them when B answers, or hand A
 * to a flow. Each leg rings under our own timer (Asterisk sends no Dial NOANSWER, and a busy leg stays up), every
 * failure hangs up what is left, and an answer that raced a timeout or cancel is hung up at once. One owner.
 */
public final class ClickToCall {

  private final ClickToCallRequest request;
  private final IdGenerator ids;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<ClickToCallState, ClickToCallInput> state;
  private final List<Command> commands = new ArrayList<>();
  private final List<HistoryEntry> steps = new ArrayList<>();
  private final String legA;
  private String legB;
  private String ringback;
  private String bridgeId;
  private ClickToCallOutcome outcome;

  /** A click-to-call for {@code request}, not started. */
  public ClickToCall(ClickToCallRequest request, IdGenerator ids, TransitionObserver observer) {
    this.request = request;
    this.ids = ids;
    this.state = new StateCursor<>(ClickToCallTable.TABLE, ClickToCallState.CALLING_A, history, observer);
    this.legA = ids.next("channel");
  }

  /** Dials A. */
  public ClickToCallDecision start() {
    commands.add(new Command.Dial(legA, request.endpoint(), request.callerId(), request.timeout(),
        "click-to-call:" + request.id()));
    commands.add(new Command.ArmTimer(ringTimer(legA), request.timeout()));
    return decide(Optional.empty(), Optional.empty());
  }

  /** Handles one event. */
  public ClickToCallDecision handle(ClickToCallMessage message) {
    Optional<ClickToCallInput> input = inputFor(message);
    if (input.isEmpty()) {
      return decide(Optional.empty(), Optional.empty());
    }
    Optional<Transition<ClickToCallState, ClickToCallInput>> row = state.lookup(input.get());
    if (row.isEmpty()) {
      return decide(Optional.empty(), Optional.of(state.refuse(request.id(), input.get(), message.toString())));
    }
    ClickToCallState before = state.current();
    steps.add(state.apply(row.get(), message.toString()));
    Optional<ClickToCallOutcome> settled = switch (before) {
      case CALLING_A -> callingA(input.get());
      case CALLING_B -> callingB(input.get());
      case CONNECTED -> connected(input.get());
      default -> late(input.get());
    };
    settled.ifPresent(value -> outcome = value);
    return decide(settled, Optional.empty());
  }

  private Optional<ClickToCallOutcome> callingA(ClickToCallInput input) {
    commands.add(new Command.CancelTimer(ringTimer(legA)));
    return switch (input) {
      case A_ANSWERED -> answeredA();
      case A_BUSY -> failA("busy", ClickToCallOutcome.A_BUSY);
      case A_NO_ANSWER -> failA("no_answer", ClickToCallOutcome.A_NO_ANSWER);
      case A_FAILED -> failA("normal", ClickToCallOutcome.A_FAILED);
      case CANCEL -> failA("normal", ClickToCallOutcome.CANCELLED);
      default -> Optional.of(ClickToCallOutcome.A_FAILED);
    };
  }

  private Optional<ClickToCallOutcome> failA(String reason, ClickToCallOutcome why) {
    commands.add(new Command.HangUp(legA, reason));
    return Optional.of(why);
  }

  private Optional<ClickToCallOutcome> answeredA() {
    if (request.then() instanceof AfterAnswer.RunFlow flow) {
      apply(ClickToCallInput.HAND_OVER, "A answered; flow " + flow.flowId());
      commands.add(new Command.RunFlow(legA, flow.flowId()));
      return Optional.of(ClickToCallOutcome.FLOW_STARTED);
    }
    AfterAnswer.DialB dial = (AfterAnswer.DialB) request.then();
    apply(ClickToCallInput.DIAL_B, "A answered; dialling " + dial.endpoint());
    legB = ids.next("channel");
    ringback = ids.next("playback");
    commands.add(new Command.Play(ringback, Target.channel(legA), List.of("tone:ring")));
    commands.add(new Command.Dial(legB, dial.endpoint(), dial.callerId(), dial.timeout(),
        "click-to-call:" + request.id()));
    commands.add(new Command.ArmTimer(ringTimer(legB), dial.timeout()));
    return Optional.empty();
  }

  private Optional<ClickToCallOutcome> callingB(ClickToCallInput input) {
    commands.add(new Command.CancelTimer(ringTimer(legB)));
    if (input == ClickToCallInput.B_ANSWERED) {
      commands.add(new Command.StopPlayback(ringback));
      bridgeId = ids.next("bridge");
      commands.add(new Command.CreateBridge(bridgeId, "click-to-call-" + request.id()));
      commands.add(new Command.AddToBridge(bridgeId, legA));
      commands.add(new Command.AddToBridge(bridgeId, legB));
      return Optional.of(ClickToCallOutcome.CONNECTED);
    }
    if (input != ClickToCallInput.B_GONE) {
      commands.add(new Command.HangUp(legB, hangupReason(input)));
    }
    if (input != ClickToCallInput.A_GONE) {
      commands.add(new Command.HangUp(legA, "normal"));
    }
    return Optional.of(switch (input) {
      case B_BUSY -> ClickToCallOutcome.B_BUSY;
      case B_NO_ANSWER -> ClickToCallOutcome.B_NO_ANSWER;
      case A_GONE -> ClickToCallOutcome.A_HUNG_UP;
      case CANCEL -> ClickToCallOutcome.CANCELLED;
      default -> ClickToCallOutcome.B_FAILED;
    });
  }

  private static String hangupReason(ClickToCallInput input) {
    return switch (input) {
      case B_BUSY -> "busy";
      case B_NO_ANSWER -> "no_answer";
      default -> "normal";
    };
  }

  private Optional<ClickToCallOutcome> connected(ClickToCallInput input) {
    if (input != ClickToCallInput.A_GONE) {
      commands.add(new Command.HangUp(legA, "normal"));
    }
    if (input != ClickToCallInput.B_GONE) {
      commands.add(new Command.HangUp(legB, "normal"));
    }
    commands.add(new Command.DestroyBridge(bridgeId));
    return Optional.empty();
  }

  private Optional<ClickToCallOutcome> late(ClickToCallInput input) {
    if (input == ClickToCallInput.A_ANSWERED) {
      commands.add(new Command.HangUp(legA, "normal"));
    } else if (input == ClickToCallInput.B_ANSWERED) {
      commands.add(new Command.HangUp(legB, "normal"));
    }
    return Optional.empty();
  }

  private Optional<ClickToCallInput> inputFor(ClickToCallMessage message) {
    if (message instanceof ClickToCallMessage.Cancel) {
      return Optional.of(ClickToCallInput.CANCEL);
    }
    if (message instanceof ClickToCallMessage.TimerFired timer) {
      if (timer.key().equals(ringTimer(legA))) {
        return Optional.of(ClickToCallInput.A_NO_ANSWER);
      }
      return legB != null && timer.key().equals(ringTimer(legB))
          ? Optional.of(ClickToCallInput.B_NO_ANSWER) : Optional.empty();
    }
    return LegEvents.input(message, legA, legB);
  }

  private void apply(ClickToCallInput input, String detail) {
    steps.add(state.apply(state.lookup(input).orElseThrow(), detail));
  }

  private static TimerKey ringTimer(String leg) {
    return TimerKey.of("ring", leg);
  }

  private ClickToCallDecision decide(Optional<ClickToCallOutcome> settled,
      Optional<IllegalTransition> illegal) {
    ClickToCallDecision decision = new ClickToCallDecision(commands, settled, over(), steps, illegal);
    commands.clear();
    steps.clear();
    return decision;
  }

  /** Whether nothing more will happen. */
  public boolean over() {
    ClickToCallState now = state.current();
    return now == ClickToCallState.FAILED || now == ClickToCallState.CANCELLED || now == ClickToCallState.COMPLETED
        || now == ClickToCallState.HANDED_TO_FLOW;
  }

  /** The state. */
  public ClickToCallState state() {
    return state.current();
  }

  /** The outcome, once settled. */
  public Optional<ClickToCallOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** A's channel id (chosen before dialling). */
  public String legA() {
    return legA;
  }

  /** B's channel id, once dialled. */
  public Optional<String> legB() {
    return Optional.ofNullable(legB);
  }

  /** The recent transitions, oldest first. */
  public List<HistoryEntry> history() {
    return history.recent();
  }
}
