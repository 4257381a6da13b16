package io.ariflow.flows.load.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.Problem;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlReader;
import io.ariflow.flows.queue.definition.EmptyCondition;
import io.ariflow.flows.queue.definition.EmptyRules;
import io.ariflow.flows.queue.definition.HoldTimeAnnouncement;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.PositionAnnouncement;
import io.ariflow.flows.queue.definition.QueueDefinition;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queue documents next to flows become the core's definitions, every option in app_queue's meaning. */
class QueueDeclarationsTest {

  private static QueueCatalog goodQueues() throws URISyntaxException {
    Path file = Path.of(QueueDeclarationsTest.class.getResource("/flows/good/support-queues.yaml").toURI());
    LoadResult result = new FlowLoader().load(List.of(file));
    assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
    return result.catalog().declarations().queues();
  }

  @Test
  void every_option_of_a_queue_document_reaches_the_definition() throws Exception {
    QueueDefinition billing = goodQueues().queue("billing").orElseThrow().definition();

    assertEquals("rrmemory", billing.strategy());
    assertEquals(2, billing.weight());
    assertEquals(List.of(new MemberDefinition("PJSIP/2001", Optional.of("PJSIP/2001"), 0,
        Map.of("english", 5, "billing", 3), Optional.empty()), MemberDefinition.endpoint("PJSIP/2002", 1)),
        billing.members());
    assertEquals(List.of(MemberDefinition.agent("alice", 0).withSkills(Map.of("english", 4)),
        MemberDefinition.agent("bob", 0)), billing.agents());
    assertEquals(20, billing.limits().maxLen());
    assertEquals(Optional.of(Duration.ofMinutes(5)), billing.limits().maxWait());
    assertEquals(Set.of(EmptyCondition.PAUSED, EmptyCondition.UNAVAILABLE, EmptyCondition.INVALID),
        billing.limits().joinEmpty());
    assertEquals(EmptyRules.STRICT, billing.limits().leaveWhenEmpty());
    assertEquals(Duration.ofSeconds(20), billing.offers().ringTimeout());
    assertEquals(Duration.ofSeconds(3), billing.offers().retryDelay());
    assertEquals(Duration.ofSeconds(10), billing.offers().wrapUpTime());
    assertEquals(3, billing.offers().autoPause().afterUnanswered());
    assertTrue(billing.offers().autoPause().countRefusals());
    assertEquals(PositionAnnouncement.MORE, billing.announcements().position());
    assertEquals(HoldTimeAnnouncement.ONCE, billing.announcements().holdTime());
    assertEquals(30, billing.announcements().roundSeconds());
    assertEquals(List.of("sound:queue-periodic-announce"), billing.announcements().periodicPrompts());
    assertEquals("*", billing.callback().key());
    assertEquals(Duration.ofMinutes(2), billing.callback().retryDelay());
    assertEquals(5, billing.aging().maxBoost());
    assertEquals(1, billing.penaltyRules().get(0).maxPenalty().getAsInt());
    assertEquals(Duration.ofSeconds(30), billing.serviceLevel());
    assertEquals("0", billing.exitKeys());
  }

  @Test
  void what_the_core_does_not_carry_goes_to_the_extras() throws Exception {
    QueueCatalog queues = goodQueues();
    QueueExtras billing = queues.queue("billing").orElseThrow().extras();

    assertEquals(List.of("sound:queue-reporthold"), billing.agentAnnounce());
    assertEquals(new QueueExtras.AgentConfirm(List.of("sound:if-correct-press"), "1"),
        billing.agentConfirm().orElseThrow());
    assertEquals(Optional.of("Local/5551234@outbound"), billing.callbackEndpointFor("5551234"));
    assertEquals(Optional.of("Support <5550100>"), billing.callbackCallerId());
    assertEquals(List.of("sound:queue-periodic-announce", "tone:ring"),
        queues.queue("sales").orElseThrow().extras().playlist());
    assertEquals(List.of("billing", "sales"), queues.names());
  }

  @Test
  void a_queue_with_an_error_stays_out_while_the_others_load() {
    LoadResult result = new FlowLoader().loadTexts(Map.of("q.yaml", """
        queue: broken
        strategy: nope
        ---
        queue: fine
        members: [PJSIP/2001]
        """));
    assertEquals(List.of("q.yaml:2:11: error: queue 'broken': unknown strategy 'nope'; known: [fewestcalls,"
        + " leastrecent, linear, random, ringall, rrmemory, rrordered, skills, wrandom]"),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(List.of("fine"), result.catalog().declarations().queues().names());
    assertFalse(QueueDeclarations.isQueue(YamlReader.read("x.yaml", "flow: a\nqueue: b", new Problems()).get(0)));
  }
}
