package io.ariflow.flows.queue.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.port.ManualTimers;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.OverflowReason;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hub: ticks at the center's wake-ups, routes each command to its call or outside, and hands over on reload. */
class QueueHubTest {

  private final ManualTimers timers = new ManualTimers(Instant.parse("2026-11-22T10:00:00Z"));
  private final List<String> log = new ArrayList<>();
  private final List<QueueCommand> outside = new ArrayList<>();

  private static QueueCatalog catalog(String yaml) {
    LoadResult loaded = new FlowLoader().loadTexts(Map.of("q.yaml", yaml));
    assertFalse(loaded.hasErrors(), loaded.errors().toString());
    return loaded.catalog().declarations().queues();
  }

  private QueueHub hub(String yaml) {
    return new QueueHub(catalog(yaml), timers, r -> log.add(r.line()), outside::add, new SplittableRandom(1))
        .start();
  }

  @Test
  void a_maximum_wait_fires_on_the_hub_timer_and_reaches_the_call_listener() {
    QueueHub hub = hub("queue: q\nmaxWait: 30s\nagents: [alice]\n");
    List<QueueCommand> heard = new ArrayList<>();
    hub.listen("c1", heard::add);
    hub.send("q", QueueInput.Join.of("c1", "100"));
    timers.advance(Duration.ofSeconds(29));
    assertEquals(1, heard.size());
    timers.advance(Duration.ofSeconds(1));

    assertEquals(new QueueCommand.Overflow("c1", OverflowReason.TIMEOUT), heard.get(1));
    assertTrue(log.get(2).endsWith("|c1|q|NONE|EXITWITHTIMEOUT|1|1|30"), log.get(2));
  }

  @Test
  void commands_nobody_listens_for_and_agent_changes_go_outside() {
    QueueHub hub = hub("queue: q\nagents: [alice]\n");
    hub.handle(AgentMessage.Login.of("alice", "PJSIP/3001"));
    hub.send("q", QueueInput.Join.of("c1", "100"));

    assertTrue(outside.get(0) instanceof QueueCommand.AgentStateChanged);
    assertTrue(outside.stream().anyMatch(QueueCommand.Joined.class::isInstance));
    assertTrue(outside.stream().anyMatch(QueueCommand.Offer.class::isInstance));
    assertTrue(hub.send("nope", QueueInput.Join.of("c2", "100")).failed());
  }

  @Test
  void a_listener_answering_an_offer_while_it_is_delivered_keeps_the_command_order() {
    QueueHub hub = hub("queue: q\nmembers: [PJSIP/2001]\n");
    List<QueueCommand> heard = new ArrayList<>();
    hub.listen("c1", command -> {
      heard.add(command);
      if (command instanceof QueueCommand.Offer) {
        hub.send("q", new QueueInput.OfferAnswered("c1", "PJSIP/2001", "leg-1"));
      }
    });
    hub.send("q", QueueInput.Join.of("c1", "100"));

    assertEquals(List.of("Joined", "Offer", "Connect"),
        heard.stream().map(c -> c.getClass().getSimpleName()).toList());
    assertFalse(hub.idle());
  }

  @Test
  void a_successor_keeps_logged_in_agents_their_pauses_and_device_states() {
    QueueHub hub = hub("queue: q\nmembers: [PJSIP/2001]\nagents: [alice, bob]\n");
    hub.handle(AgentMessage.Login.of("alice", "PJSIP/3001"));
    hub.handle(AgentMessage.Login.of("bob", "PJSIP/3002"));
    hub.handle(new AgentMessage.Pause("bob", "lunch"));
    hub.handle(new AgentMessage.Pause("PJSIP/2001", "meeting"));
    hub.handle(new AgentMessage.EndpointChanged("PJSIP/3001", false));
    assertTrue(hub.idle());

    QueueHub next = hub.successor(catalog("queue: q\nstrategy: linear\nmembers: [PJSIP/2001]\nagents: [alice, bob]\n"),
        new SplittableRandom(1));
    assertEquals(AgentState.AVAILABLE, view(next, "alice").state());
    assertEquals(DeviceState.UNAVAILABLE, view(next, "alice").device());
    assertEquals("lunch", view(next, "bob").pauseReason().orElseThrow());
    assertEquals(AgentState.PAUSED, view(next, "PJSIP/2001").state());
    assertEquals("linear", next.queue("q").orElseThrow().definition().strategy());
  }

  @Test
  void an_agent_in_wrap_up_keeps_the_hub_busy_so_a_reload_does_not_cut_the_wrap_up_short() {
    QueueHub hub = hub("queue: q\nwrapUp: 60s\nmembers: [PJSIP/2001]\n");
    hub.send("q", QueueInput.Join.of("c1", "100"));
    hub.send("q", new QueueInput.OfferAnswered("c1", "PJSIP/2001", "leg-1"));
    hub.send("q", new QueueInput.CallEnded("c1", EndedBy.CALLER));
    assertEquals(AgentState.WRAP_UP, view(hub, "PJSIP/2001").state());
    assertFalse(hub.idle(), "a successor would log the member in afresh, available at once");

    timers.advance(Duration.ofSeconds(60));
    assertEquals(AgentState.AVAILABLE, view(hub, "PJSIP/2001").state());
    assertTrue(hub.idle());
  }

  @Test
  void a_successor_does_not_keep_an_agent_its_declarations_dropped_logged_in() {
    QueueHub hub = hub("queue: q\nagents: [alice, bob]\n");
    hub.handle(AgentMessage.Login.of("alice", "PJSIP/3001"));
    hub.handle(AgentMessage.Login.of("bob", "PJSIP/3002"));

    QueueHub next = hub.successor(catalog("queue: q\nagents: [alice]\n"), new SplittableRandom(1));
    assertEquals(AgentState.AVAILABLE, view(next, "alice").state());
    assertTrue(next.agents().stream().filter(a -> a.agentId().equals("bob")).noneMatch(AgentView::loggedIn),
        next.agents().toString());
  }

  private static AgentView view(QueueHub hub, String agentId) {
    return hub.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow();
  }
}
