package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a queue definition before it is used, so that nothing the declaration could have told us fails at
 * call time. Returns every problem found (not just the first), each located by a path the loader maps to
 * {@code file:line:col}.
 */
public final class QueueValidator {

  /** Queue names appear in queue_log lines and event-bus addresses: no separators, no spaces. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern DTMF = Pattern.compile("[0-9*#A-D]*");
  private static final Set<Integer> ROUNDINGS = Set.of(0, 5, 10, 15, 20, 30);

  private QueueValidator() {
  }

  /** Every problem in {@code definition}; {@code strategies} are the names the strategy registry knows. */
  public static List<DefinitionProblem> validate(QueueDefinition definition, Set<String> strategies) {
    List<DefinitionProblem> problems = new ArrayList<>();
    if (!NAME.matcher(definition.name()).matches()) {
      problems.add(new DefinitionProblem("name",
          "queue name '" + definition.name() + "' must use letters, digits, '_', '.' and '-' only"));
    }
    if (!strategies.contains(definition.strategy())) {
      problems.add(new DefinitionProblem("strategy",
          "unknown strategy '" + definition.strategy() + "'; known: " + new TreeSet<>(strategies)));
    }
    problems.addAll(MemberChecks.check(definition));
    checkLimits(definition.limits(), problems);
    checkOffers(definition.offers(), problems);
    checkAnnouncements(definition.announcements(), problems);
    checkCallback(definition, problems);
    checkTiming(definition, problems);
    return List.copyOf(problems);
  }

  private static void checkLimits(QueueLimits limits, List<DefinitionProblem> problems) {
    if (limits.maxLen() < 0) {
      problems.add(new DefinitionProblem("limits.maxLen", "maxLen must be 0 (no limit) or more"));
    }
    limits.maxWait().filter(wait -> !positive(wait)).ifPresent(wait ->
        problems.add(new DefinitionProblem("limits.maxWait", "maxWait must be longer than zero")));
  }

  private static void checkOffers(OfferPolicy offers, List<DefinitionProblem> problems) {
    if (!positive(offers.ringTimeout())) {
      problems.add(new DefinitionProblem("offers.ringTimeout", "ringTimeout must be longer than zero"));
    }
    notNegative(offers.retryDelay(), "offers.retryDelay", problems);
    notNegative(offers.wrapUpTime(), "offers.wrapUpTime", problems);
    if (offers.autoPause().afterUnanswered() < 0) {
      problems.add(new DefinitionProblem("offers.autoPause", "autoPause must be 0 (off) or a number of misses"));
    }
    if (offers.penaltyMembersLimit() < 0) {
      problems.add(new DefinitionProblem("offers.penaltyMembersLimit", "penaltyMembersLimit must be 0 or more"));
    }
  }

  private static void checkAnnouncements(AnnouncementPolicy policy, List<DefinitionProblem> problems) {
    notNegative(policy.frequency(), "announcements.frequency", problems);
    notNegative(policy.minFrequency(), "announcements.minFrequency", problems);
    notNegative(policy.periodicFrequency(), "announcements.periodicFrequency", problems);
    boolean limited = policy.position() == PositionAnnouncement.LIMIT
        || policy.position() == PositionAnnouncement.MORE;
    if (limited && policy.positionLimit() < 1) {
      problems.add(new DefinitionProblem("announcements.positionLimit",
          "positionLimit must be 1 or more when position is " + policy.position().name().toLowerCase()));
    }
    if (!ROUNDINGS.contains(policy.roundSeconds())) {
      problems.add(new DefinitionProblem("announcements.roundSeconds",
          "roundSeconds must be one of 0, 5, 10, 15, 20, 30 (app_queue's announce-round-seconds)"));
    }
    if (positive(policy.periodicFrequency()) && policy.periodicPrompts().isEmpty()) {
      problems.add(new DefinitionProblem("announcements.periodicPrompts",
          "periodicFrequency is set but there are no periodic prompts to play"));
    }
    for (int i = 0; i < policy.periodicPrompts().size(); i++) {
      if (policy.periodicPrompts().get(i).isBlank()) {
        problems.add(new DefinitionProblem("announcements.periodicPrompts[" + i + "]", "prompt is empty"));
      }
    }
  }

  private static void checkCallback(QueueDefinition definition, List<DefinitionProblem> problems) {
    if (!DTMF.matcher(definition.exitKeys()).matches()) {
      problems.add(new DefinitionProblem("exitKeys", "exitKeys may hold DTMF keys only (0-9, *, #, A-D)"));
    }
    CallbackPolicy callback = definition.callback();
    if (!callback.enabled()) {
      return;
    }
    if (callback.key().length() != 1 || !DTMF.matcher(callback.key()).matches()) {
      problems.add(new DefinitionProblem("callback.key", "callback key must be one DTMF key"));
    } else if (definition.exitKeys().contains(callback.key())) {
      problems.add(new DefinitionProblem("callback.key",
          "callback key '" + callback.key() + "' is also an exit key"));
    }
    if (callback.maxAttempts() < 1) {
      problems.add(new DefinitionProblem("callback.maxAttempts", "maxAttempts must be 1 or more"));
    }
    notNegative(callback.retryDelay(), "callback.retryDelay", problems);
  }

  private static void checkTiming(QueueDefinition definition, List<DefinitionProblem> problems) {
    notNegative(definition.serviceLevel(), "serviceLevel", problems);
    if (definition.weight() < 0) {
      problems.add(new DefinitionProblem("weight", "weight must be 0 or more"));
    }
    PriorityAging aging = definition.aging();
    if (aging.step() < 0 || aging.maxBoost() < 0) {
      problems.add(new DefinitionProblem("aging", "aging step and maxBoost must be 0 or more"));
    }
    if (aging.step() > 0 && !positive(aging.interval())) {
      problems.add(new DefinitionProblem("aging.interval", "aging interval must be longer than zero"));
    }
    Duration previous = Duration.ZERO;
    for (int i = 0; i < definition.penaltyRules().size(); i++) {
      PenaltyStep step = definition.penaltyRules().get(i);
      if (step.after().compareTo(previous) < 0) {
        problems.add(new DefinitionProblem("penaltyRules[" + i + "].after", "penalty rules must be in time order"));
      }
      previous = step.after();
      boolean negative = step.maxPenalty().orElse(0) < 0 || step.minPenalty().orElse(0) < 0;
      if (negative) {
        problems.add(new DefinitionProblem("penaltyRules[" + i + "]", "penalties must be 0 or more"));
      }
    }
  }

  private static void notNegative(Duration value, String path, List<DefinitionProblem> problems) {
    if (value.isNegative()) {
      problems.add(new DefinitionProblem(path, "must not be negative"));
    }
  }

  private static boolean positive(Duration value) {
    return !value.isZero() && !value.isNegative();
  }
}
