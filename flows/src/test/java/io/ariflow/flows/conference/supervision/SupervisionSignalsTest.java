package io.ariflow.flows.conference.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snoop-spy-whisper trace's events mapped to the messages of a session over the same channels. */
class SupervisionSignalsTest {

  private static final String TARGET = "1795332674.35";
  private static final String SUPERVISOR = "1795332674.38";
  private static final String CALL_BRIDGE = "33e3b170-4af1-4b16-b562-5b3708f202fa";

  private static SupervisionSession session() {
    SequentialIds sequential = new SequentialIds();
    IdGenerator ids = kind -> kind.equals("snoop") ? "whisper-1" : sequential.next(kind);
    SupervisionSession session = new SupervisionSession(new SupervisionRequest("s1",
        new Party(SUPERVISOR, "PJSIP/1001", Set.of()), new Party(TARGET, "PJSIP/sipp", Set.of()), CALL_BRIDGE,
        List.of(TARGET, "1795332674.36"), SupervisionMode.WHISPER), ids, SupervisionKeys.DEFAULTS,
        TransitionObserver.NONE);
    session.start(SessionDriver.ALLOW_ALL);
    return session;
  }

  private static List<SupervisionMessage> mapped(SupervisionSession session) {
    assumeTrue(Traces.sharedDir().isPresent(),
        "skipped: shared/ari/traces not found (set -D" + Traces.SHARED_DIR_PROPERTY + ")");
    AriEventDecoder decoder = new AriEventDecoder();
    return Traces.load("snoop-spy-whisper").events().stream().map(TraceLine::event).map(decoder::decode)
        .map(event -> SupervisionSignals.from(event, session)).flatMap(Optional::stream).toList();
  }

  @Test
  void the_snoop_s_stasis_start_and_the_target_s_hangup_become_ready_and_target_gone() {
    SupervisionSession session = session();
    List<SupervisionMessage> messages = mapped(session);
    assertEquals(new SupervisionMessage.SnoopReady("whisper-1"), messages.get(0));
    assertTrue(messages.contains(new SupervisionMessage.TargetGone()));
    assertTrue(messages.contains(new SupervisionMessage.SupervisorGone()));
  }

  @Test
  void feeding_the_trace_to_the_session_whispers_then_ends_with_the_call() {
    SupervisionSession session = session();
    List<SupervisionMessage> messages = mapped(session);
    messages.forEach(session::handle);
    assertEquals(Optional.of(SupervisionOutcome.CALL_ENDED), session.outcome());
  }

  @Test
  void keys_from_the_supervisor_only_are_mapped() {
    SupervisionSession session = session();
    AriEventDecoder decoder = new AriEventDecoder();
    AriEvent fromSupervisor = decoder.decode("{\"type\":\"ChannelDtmfReceived\",\"timestamp\":\"t\",\"digit\":\"6\","
        + "\"duration_ms\":100,\"channel\":{\"id\":\"" + SUPERVISOR + "\",\"name\":\"x\",\"state\":\"Up\"}}");
    AriEvent fromAgent = decoder.decode("{\"type\":\"ChannelDtmfReceived\",\"timestamp\":\"t\",\"digit\":\"6\","
        + "\"duration_ms\":100,\"channel\":{\"id\":\"" + TARGET + "\",\"name\":\"x\",\"state\":\"Up\"}}");
    assertEquals(Optional.of(new SupervisionMessage.DtmfReceived('6')), SupervisionSignals.from(fromSupervisor,
        session));
    assertEquals(Optional.empty(), SupervisionSignals.from(fromAgent, session));
  }
}
