package io.ariflow.flows.queue.agent;

import static io.ariflow.flows.queue.agent.AgentInput.ANSWER;
import static io.ariflow.flows.queue.agent.AgentInput.AUTO_PAUSE;
import static io.ariflow.flows.queue.agent.AgentInput.CALL_ENDED;
import static io.ariflow.flows.queue.agent.AgentInput.DEVICE_CHANGED;
import static io.ariflow.flows.queue.agent.AgentInput.LOGIN;
import static io.ariflow.flows.queue.agent.AgentInput.LOGIN_PAUSED;
import static io.ariflow.flows.queue.agent.AgentInput.LOGOUT;
import static io.ariflow.flows.queue.agent.AgentInput.OFFER;
import static io.ariflow.flows.queue.agent.AgentInput.OFFER_CANCELLED;
import static io.ariflow.flows.queue.agent.AgentInput.PAUSE;
import static io.ariflow.flows.queue.agent.AgentInput.REFUSE;
import static io.ariflow.flows.queue.agent.AgentInput.RING_TIMEOUT;
import static io.ariflow.flows.queue.agent.AgentInput.UNPAUSE;
import static io.ariflow.flows.queue.agent.AgentInput.WRAP_UP_ELAPSED;
import static io.ariflow.flows.queue.agent.AgentState.AVAILABLE;
import static io.ariflow.flows.queue.agent.AgentState.LOGGED_OUT;
import static io.ariflow.flows.queue.agent.AgentState.OFFERED;
import static io.ariflow.flows.queue.agent.AgentState.ON_CALL;
import static io.ariflow.flows.queue.agent.AgentState.PAUSED;
import static io.ariflow.flows.queue.agent.AgentState.WRAP_UP;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of an agent. A pause or logout asked for while the agent is ringing or talking is a
 * self-row (the agent stays on the call) remembered by {@link Agent} and applied as soon as the agent is
 * free again, so the state always matches the agent's calls. Device changes are recorded as self-rows.
 */
public final class AgentTable {

  /** The agent table. */
  public static final TransitionTable<AgentState, AgentInput> TABLE =
      TransitionTable.builder("agent", AgentState.class, AgentInput.class)
          .initial(LOGGED_OUT)
          .row(LOGGED_OUT, LOGIN, AVAILABLE)
          .row(LOGGED_OUT, LOGIN_PAUSED, PAUSED)
          .tolerate(LOGIN, AVAILABLE, PAUSED)
          .row(AVAILABLE, LOGOUT, LOGGED_OUT)
          .row(AVAILABLE, OFFER, OFFERED)
          .row(AVAILABLE, PAUSE, PAUSED)
          .row(AVAILABLE, AUTO_PAUSE, PAUSED)
          .row(OFFERED, ANSWER, ON_CALL)
          .row(OFFERED, REFUSE, AVAILABLE)
          .row(OFFERED, RING_TIMEOUT, AVAILABLE)
          .row(OFFERED, OFFER_CANCELLED, AVAILABLE)
          .tolerate(LOGOUT, OFFERED, ON_CALL)
          .tolerate(PAUSE, OFFERED, ON_CALL, PAUSED)
          .tolerate(UNPAUSE, AVAILABLE, OFFERED, ON_CALL, WRAP_UP)
          .row(ON_CALL, CALL_ENDED, WRAP_UP)
          .row(WRAP_UP, WRAP_UP_ELAPSED, AVAILABLE)
          .row(WRAP_UP, PAUSE, PAUSED)
          .row(WRAP_UP, LOGOUT, LOGGED_OUT)
          .row(PAUSED, UNPAUSE, AVAILABLE)
          .row(PAUSED, LOGOUT, LOGGED_OUT)
          .tolerate(DEVICE_CHANGED, AgentState.values())
          .build();

  private AgentTable() {
  }
}
