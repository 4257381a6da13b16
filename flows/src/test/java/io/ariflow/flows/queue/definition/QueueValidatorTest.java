package io.ariflow.flows.queue.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Valid and invalid declarations side by side, with the exact problems and their paths. */
class QueueValidatorTest {

  private static final Set<String> STRATEGIES = Set.of("ringall", "rrmemory", "skills");

  private static List<String> problems(QueueDefinition definition) {
    return QueueValidator.validate(definition, STRATEGIES).stream().map(DefinitionProblem::toString).toList();
  }

  @Test
  void a_complete_declaration_has_no_problems() {
    QueueDefinition support = QueueDefinition.builder("support-line").strategy("skills")
        .member(MemberDefinition.endpoint("PJSIP/2001", 0), MemberDefinition.endpoint("Local/2002@agents/n", 1)
            .withSkills(Map.of("french", 5)), MemberDefinition.agent("Agent/1001", 2))
        .limits(QueueLimits.defaults().withSize(20, Optional.of(Duration.ofMinutes(10)))
            .withEmptyRules(EmptyRules.STRICT, EmptyRules.LOOSE))
        .offers(OfferPolicy.defaults().withWrapUp(Duration.ofSeconds(15)).withAutoPause(AutoPausePolicy.after(3, true)))
        .announcements(AnnouncementPolicy.defaults().withFrequency(Duration.ofSeconds(60), Duration.ofSeconds(15))
            .withPosition(PositionAnnouncement.MORE, 5, HoldTimeAnnouncement.ONCE, 15)
            .withPeriodic(List.of("queue-periodic-announce"), Duration.ofSeconds(45), false))
        .callback(CallbackPolicy.on("5", 3, Duration.ofMinutes(2))).exitKeys("0*")
        .aging(new PriorityAging(Duration.ofSeconds(30), 1, 10))
        .penaltyRule(PenaltyStep.widenTo(Duration.ofSeconds(30), 1), PenaltyStep.widenTo(Duration.ofSeconds(60), 2))
        .weight(5).serviceLevel(Duration.ofSeconds(20)).musicClass("support").build();
    assertEquals(List.of(), problems(support));
    assertEquals(support, support.toBuilder().build());
    assertEquals(Optional.of(2), support.member("Agent/1001").map(MemberDefinition::penalty));
  }

  @Test
  void every_problem_is_reported_with_its_path() {
    QueueDefinition bad = QueueDefinition.builder("bad|name").strategy("roundrobin")
        .member(new MemberDefinition("m1", Optional.of("2001"), -1, Map.of("", 3), Optional.empty()),
            MemberDefinition.endpoint("PJSIP/2002", 0), MemberDefinition.agent("PJSIP/2002", 0),
            new MemberDefinition("a b", Optional.empty(), 0, Map.of(), Optional.empty()))
        .limits(QueueLimits.defaults().withSize(-1, Optional.of(Duration.ZERO)))
        .offers(new OfferPolicy(Duration.ZERO, Duration.ofSeconds(-1), false, true, Duration.ZERO,
            new AutoPausePolicy(-1, false, "x"), -2))
        .announcements(AnnouncementPolicy.defaults().withPosition(PositionAnnouncement.LIMIT, 0,
            HoldTimeAnnouncement.YES, 7).withPeriodic(List.of(" "), Duration.ofSeconds(30), false))
        .callback(CallbackPolicy.on("0", 0, Duration.ZERO)).exitKeys("0x")
        .aging(new PriorityAging(Duration.ZERO, 1, 5))
        .penaltyRule(PenaltyStep.widenTo(Duration.ofSeconds(60), 1),
            new PenaltyStep(Duration.ofSeconds(30), OptionalInt.of(-1), OptionalInt.empty()))
        .weight(-1).build();
    assertEquals(List.of(
        "name: queue name 'bad|name' must use letters, digits, '_', '.' and '-' only",
        "strategy: unknown strategy 'roundrobin'; known: [ringall, rrmemory, skills]",
        "members[0].endpoint: a member needs an endpoint like PJSIP/2001 or Local/2001@agents",
        "members[0].penalty: penalty must be 0 or more",
        "members[0].skills.: a skill needs a name and a level of 0 or more",
        "agents[0].id: 'PJSIP/2002' is declared twice",
        "agents[1].id: member id must be non-empty, without spaces or '|'",
        "limits.maxLen: maxLen must be 0 (no limit) or more",
        "limits.maxWait: maxWait must be longer than zero",
        "offers.ringTimeout: ringTimeout must be longer than zero",
        "offers.retryDelay: must not be negative",
        "offers.autoPause: autoPause must be 0 (off) or a number of misses",
        "offers.penaltyMembersLimit: penaltyMembersLimit must be 0 or more",
        "announcements.positionLimit: positionLimit must be 1 or more when position is limit",
        "announcements.roundSeconds: roundSeconds must be one of 0, 5, 10, 15, 20, 30 (app_queue's announce-round-seconds)",
        "announcements.periodicPrompts[0]: prompt is empty",
        "exitKeys: exitKeys may hold DTMF keys only (0-9, *, #, A-D)",
        "callback.key: callback key '0' is also an exit key",
        "callback.maxAttempts: maxAttempts must be 1 or more",
        "weight: weight must be 0 or more",
        "aging.interval: aging interval must be longer than zero",
        "penaltyRules[1].after: penalty rules must be in time order",
        "penaltyRules[1]: penalties must be 0 or more"), problems(bad));
  }

  @Test
  void periodic_frequency_without_prompts_and_a_bad_callback_key_are_problems() {
    QueueDefinition queue = QueueDefinition.builder("q")
        .announcements(AnnouncementPolicy.defaults().withPeriodic(List.of(), Duration.ofSeconds(30), false))
        .callback(CallbackPolicy.on("55", 1, Duration.ZERO)).build();
    assertEquals(List.of(
        "announcements.periodicPrompts: periodicFrequency is set but there are no periodic prompts to play",
        "callback.key: callback key must be one DTMF key"), problems(queue));
  }

  @Test
  void a_dynamic_agent_declares_no_endpoint() {
    QueueDefinition queue = QueueDefinition.builder("q").build().toBuilder().build();
    QueueDefinition withAgent = new QueueDefinition(queue.name(), queue.strategy(), List.of(),
        List.of(new MemberDefinition("Agent/1", Optional.of("PJSIP/1"), 0, Map.of(), Optional.empty())),
        queue.limits(), queue.offers(), queue.announcements(), queue.callback(), queue.aging(), queue.penaltyRules(),
        queue.weight(), queue.serviceLevel(), queue.musicClass(), queue.exitKeys());
    assertTrue(problems(withAgent).get(0).startsWith("agents[0].endpoint: an agent gives its endpoint when it logs in"));
  }
}
