package io.ariflow.flows.queue.agent;

import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.IllegalTransition;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One agent's machine: a cursor on {@link AgentTable} plus what the rows need to remember (the call, the
 * pause reason, a pause or logout waiting for the call to end, wrap-up deadline, counters). Every change goes
 * through a table row; a pending pause or logout is applied as a second row once the agent is free. Owned
 * by {@link AgentDirectory}; not thread-safe by design.
 */
final class Agent {

  private final String agentId;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<AgentState, AgentInput> cursor;
  private final Consumer<AgentChange> changes;
  private Optional<String> endpoint = Optional.empty();
  private Optional<String> pauseReason = Optional.empty();
  private Optional<String> pendingPause = Optional.empty();
  private boolean pendingLogout;
  private Optional<String> callId = Optional.empty();
  private Optional<String> queue = Optional.empty();
  private Instant stateSince;
  private Optional<Instant> lastCallEnd = Optional.empty();
  private Optional<Instant> wrapUpUntil = Optional.empty();
  private int callsTaken;
  private int missedInARow;

  Agent(String agentId, Instant now, TransitionObserver observer, Consumer<AgentChange> changes) {
    this.agentId = agentId;
    this.cursor = new StateCursor<>(AgentTable.TABLE, AgentState.LOGGED_OUT, history, observer);
    this.changes = changes;
    this.stateSince = now;
  }

  String agentId() {
    return agentId;
  }

  AgentState state() {
    return cursor.current();
  }

  Optional<String> endpoint() {
    return endpoint;
  }

  Optional<String> callId() {
    return callId;
  }

  Optional<Instant> wrapUpUntil() {
    return wrapUpUntil;
  }

  List<HistoryEntry> history() {
    return history.recent();
  }

  AgentView view(DeviceState device) {
    return new AgentView(agentId, endpoint, state(), pauseReason, device, callId, queue, stateSince, lastCallEnd,
        wrapUpUntil, callsTaken, missedInARow);
  }

  Outcome login(String newEndpoint, boolean paused, String reason, Instant now) {
    AgentInput input = paused && state() == AgentState.LOGGED_OUT ? AgentInput.LOGIN_PAUSED : AgentInput.LOGIN;
    return step(input, now, Optional.of(paused ? reason : newEndpoint), Optional.empty(), () -> {
      endpoint = Optional.of(newEndpoint);
      missedInARow = 0;
      pauseReason = state() == AgentState.PAUSED && paused ? Optional.of(reason) : pauseReason;
    });
  }

  Outcome logout(Instant now) {
    return step(AgentInput.LOGOUT, now, Optional.empty(), callId, () -> {
      if (state() == AgentState.LOGGED_OUT) {
        clearWork();
        pauseReason = Optional.empty();
        pendingPause = Optional.empty();
        wrapUpUntil = Optional.empty();
      } else {
        pendingLogout = true;
      }
    });
  }

  Outcome pause(String reason, Instant now) {
    return step(AgentInput.PAUSE, now, Optional.of(reason), callId, () -> {
      if (state() == AgentState.PAUSED) {
        pauseReason = Optional.of(reason);
        wrapUpUntil = Optional.empty();
      } else {
        pendingPause = Optional.of(reason);
      }
    });
  }

  Outcome unpause(Instant now) {
    return step(AgentInput.UNPAUSE, now, Optional.empty(), callId, () -> {
      pendingPause = Optional.empty();
      pauseReason = Optional.empty();
      missedInARow = 0;
    });
  }

  Outcome autoPause(String reason, Instant now) {
    return step(AgentInput.AUTO_PAUSE, now, Optional.of(reason), Optional.empty(),
        () -> pauseReason = Optional.of(reason));
  }

  Outcome observeDevice(DeviceState device, Instant now) {
    return step(AgentInput.DEVICE_CHANGED, now, Optional.of(device.name()), Optional.empty(), () -> { });
  }

  Outcome offer(String call, String fromQueue, Instant now) {
    return step(AgentInput.OFFER, now, Optional.empty(), Optional.of(call), () -> {
      callId = Optional.of(call);
      queue = Optional.of(fromQueue);
    });
  }

  Outcome answer(String call, Instant now) {
    if (!callId.equals(Optional.of(call))) {
      return wrongCall(AgentInput.ANSWER, call);
    }
    return step(AgentInput.ANSWER, now, Optional.empty(), callId, () -> missedInARow = 0);
  }

  Outcome release(String call, Release why, boolean miss, Instant now) {
    if (!callId.equals(Optional.of(call))) {
      return wrongCall(why.input(), call);
    }
    return step(why.input(), now, Optional.empty(), callId, () -> {
      clearWork();
      missedInARow = miss ? missedInARow + 1 : missedInARow;
    });
  }

  Outcome complete(String call, Duration wrapUp, Instant now) {
    if (!callId.equals(Optional.of(call))) {
      return wrongCall(AgentInput.CALL_ENDED, call);
    }
    return step(AgentInput.CALL_ENDED, now, Optional.empty(), callId, () -> {
      clearWork();
      callsTaken++;
      lastCallEnd = Optional.of(now);
      wrapUpUntil = Optional.of(now.plus(wrapUp));
    });
  }

  Outcome endWrapUp(Instant now) {
    return step(AgentInput.WRAP_UP_ELAPSED, now, Optional.empty(), Optional.empty(),
        () -> wrapUpUntil = Optional.empty());
  }

  int missedInARow() {
    return missedInARow;
  }

  /** Applies a pause or logout that waited for the agent to be free; empty when none is waiting. */
  List<HistoryEntry> applyPending(Instant now) {
    List<HistoryEntry> applied = new ArrayList<>();
    AgentState state = state();
    boolean free = state == AgentState.AVAILABLE || state == AgentState.WRAP_UP;
    if (free && pendingLogout) {
      pendingLogout = false;
      pendingPause = Optional.empty();
      applied.addAll(steps(logout(now)));
    } else if (free && pendingPause.isPresent()) {
      String reason = pendingPause.get();
      pendingPause = Optional.empty();
      wrapUpUntil = Optional.empty();
      applied.addAll(steps(step(AgentInput.PAUSE, now, Optional.of(reason), Optional.empty(),
          () -> pauseReason = Optional.of(reason))));
    }
    return applied;
  }

  private void clearWork() {
    callId = Optional.empty();
    queue = Optional.empty();
  }

  private Outcome wrongCall(AgentInput input, String call) {
    return new Outcome.Illegal(new IllegalTransition(agentId, AgentTable.TABLE.name(), state(), input,
        "call " + call, "not on call " + call + " (on " + callId.orElse("no call") + ")", history.recent()));
  }

  private Outcome step(AgentInput input, Instant now, Optional<String> reason, Optional<String> call,
      Runnable effect) {
    String detail = input.name() + reason.map(r -> " " + r).orElse("") + call.map(c -> " call " + c).orElse("")
        + " at " + now;
    Optional<Transition<AgentState, AgentInput>> row = cursor.lookup(input);
    if (row.isEmpty()) {
      return new Outcome.Illegal(cursor.refuse(agentId, input, detail));
    }
    HistoryEntry entry = cursor.apply(row.get(), detail);
    if (row.get().from() != row.get().to()) {
      stateSince = now;
    }
    effect.run();
    changes.accept(new AgentChange(agentId, input, row.get().from(), row.get().to(), now, reason, call));
    return new Outcome.Applied(List.of(entry));
  }

  private static List<HistoryEntry> steps(Outcome outcome) {
    return outcome instanceof Outcome.Applied applied ? applied.steps() : List.of();
  }
}
