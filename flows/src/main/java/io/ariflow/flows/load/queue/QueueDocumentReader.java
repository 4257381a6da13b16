package io.ariflow.flows.load.queue;

import io.ariflow.flows.load.decl.PickupDecls;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.queue.definition.AnnouncementPolicy;
import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.definition.EmptyCondition;
import io.ariflow.flows.queue.definition.OfferPolicy;
import io.ariflow.flows.queue.definition.PriorityAging;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.definition.QueueLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one {@code queue:} document into a {@link ReadQueue}: every field through the flow loader's kinds, unknown
 * fields with a suggestion, each place noted under the path the core's validator uses. Missing fields take
 * app_queue's defaults ({@link QueueDefinition#builder}).
 */
final class QueueDocumentReader {

  static final List<String> FIELDS = List.of("queue", "description", "strategy", "weight", "members", "agents",
      "maxLen", "maxWait", "joinEmpty", "leaveWhenEmpty", "ringTimeout", "retry", "ringInUse", "autofill", "wrapUp",
      "autoPause", "penaltyMembersLimit", "music", "playlist", "announce", "agentAnnounce", "agentConfirm",
      "callback", "aging", "penaltyRules", "serviceLevel", "exitKeys", "pickupGroups");

  private QueueDocumentReader() {
  }

  static ReadQueue read(YamlMap document, ReadContext context) {
    int mark = context.problems().count();
    QueuePlaces places = new QueuePlaces(document.location());
    QueueSection s = QueueSection.of(document, "", "a queue", context, places).orElseThrow()
        .onlyKnown(FIELDS, "a queue declaration");
    String name = s.read("queue", "name", ScalarKinds.text("a queue name"), "");
    Optional<QueueSection> callback = s.section("callback", "callback", "{key, attempts, retry, endpoint}");
    QueueDefinition.Builder builder = QueueDefinition.builder(name)
        .strategy(s.read("strategy", "strategy", ScalarKinds.text("a strategy name"), "ringall"))
        .weight(s.read("weight", "weight", ScalarKinds.integer(0), 0))
        .limits(limits(s)).offers(offers(s)).announcements(announcements(s))
        .callback(callback.map(PolicyReader::callback).orElse(CallbackPolicy.disabled()))
        .aging(s.section("aging", "aging", "{every, step, max}").map(PolicyReader::aging).orElse(PriorityAging.none()))
        .serviceLevel(s.read("serviceLevel", "serviceLevel", ScalarKinds.duration(), Duration.ofSeconds(60)))
        .musicClass(s.read("music", "musicClass", ScalarKinds.text("a music-on-hold class"), "default"))
        .exitKeys(s.read("exitKeys", "exitKeys", QueueKinds.keys(), ""));
    s.node("members", "members").ifPresent(n -> MemberReader.read(n, "members", true, context, places)
        .forEach(builder::member));
    s.node("agents", "agents").ifPresent(n -> MemberReader.read(n, "agents", false, context, places)
        .forEach(builder::member));
    s.node("penaltyRules", "penaltyRules").ifPresent(n -> PolicyReader.penaltyRules(n, s)
        .forEach(builder::penaltyRule));
    QueueExtras extras = extras(s, callback);
    boolean clean = !context.problems().hasErrorsSince(mark);
    return new ReadQueue(builder.build(), extras, document.location(), places, clean);
  }

  private static QueueLimits limits(QueueSection s) {
    int maxLen = s.read("maxLen", "limits.maxLen", ScalarKinds.integer(0), 0);
    Optional<Duration> maxWait = s.read("maxWait", "limits.maxWait", ScalarKinds.duration());
    Set<EmptyCondition> join = s.read("joinEmpty", "limits.joinEmpty", QueueKinds.emptyRule(true), Set.of());
    Set<EmptyCondition> leave = s.read("leaveWhenEmpty", "limits.leaveWhenEmpty", QueueKinds.emptyRule(false),
        Set.of());
    return QueueLimits.defaults().withSize(maxLen, maxWait).withEmptyRules(join, leave);
  }

  private static OfferPolicy offers(QueueSection s) {
    OfferPolicy defaults = OfferPolicy.defaults();
    Duration ring = s.read("ringTimeout", "offers.ringTimeout", ScalarKinds.duration(), defaults.ringTimeout());
    Duration retry = s.read("retry", "offers.retryDelay", ScalarKinds.duration(), defaults.retryDelay());
    boolean ringInUse = s.read("ringInUse", "offers.ringInUse", ScalarKinds.bool(), defaults.ringInUse());
    boolean autofill = s.read("autofill", "offers.autofill", ScalarKinds.bool(), defaults.autofill());
    Duration wrapUp = s.read("wrapUp", "offers.wrapUpTime", ScalarKinds.duration(), defaults.wrapUpTime());
    int membersLimit = s.read("penaltyMembersLimit", "offers.penaltyMembersLimit", ScalarKinds.integer(0), 0);
    return defaults.withRing(ring, retry).withWrapUp(wrapUp).withAutoPause(PolicyReader.autoPause(s))
        .withOptions(ringInUse, autofill, membersLimit);
  }

  private static AnnouncementPolicy announcements(QueueSection s) {
    return s.section("announce", "announcements", "a mapping of announcement options")
        .map(AnnouncementReader::read).orElse(AnnouncementPolicy.defaults());
  }

  private static QueueExtras extras(QueueSection s, Optional<QueueSection> callback) {
    List<String> playlist = s.read("playlist", "playlist", QueueKinds.fixedMedia(), List.of());
    List<String> whisper = s.read("agentAnnounce", "agentAnnounce", QueueKinds.fixedMedia(), List.of());
    Optional<QueueExtras.AgentConfirm> confirm = s.section("agentConfirm", "agentConfirm", "{prompt, accept}")
        .map(QueueDocumentReader::confirm);
    Optional<String> endpoint = callback.flatMap(c -> c.read("endpoint", "callback.endpoint",
        ScalarKinds.text("an endpoint with {number}, e.g. Local/{number}@outbound")));
    Optional<String> callerId = callback.flatMap(c -> c.read("callerId", "callback.callerId",
        ScalarKinds.text("a caller id")));
    List<String> pickupGroups = s.read("pickupGroups", "pickupGroups", PickupDecls.groups(), List.of());
    return new QueueExtras(playlist, whisper, confirm, endpoint, callerId, pickupGroups);
  }

  private static QueueExtras.AgentConfirm confirm(QueueSection s) {
    s.onlyKnown(List.of("prompt", "accept"), "agentConfirm");
    List<String> prompt = s.read("prompt", "agentConfirm.prompt", QueueKinds.fixedMedia(), List.of());
    String accept = s.read("accept", "agentConfirm.accept", ScalarKinds.key(), "1");
    return new QueueExtras.AgentConfirm(prompt, accept);
  }
}
