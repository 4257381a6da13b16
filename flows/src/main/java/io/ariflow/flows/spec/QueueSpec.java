package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Puts the caller in a declared queue ({@code type: queue}) and continues when the queue is done with them:
 * after the call with an agent ({@code answered}, the default), or when they overflow ({@code timeout},
 * {@code full}, {@code empty}) or leave with a key ({@code exit}, {@code exit:<key>}). Like Queue() in the
 * dialplan, the overflow and exit outcomes continue at {@code next} unless {@code on:} routes them. A caller
 * who leaves a callback number is hung up by the step ({@code callback}), unless {@code on:} routes
 * {@code callback}. Its {@code timeout} is the caller's maximum wait, so {@code common().timeout()} is empty.
 *
 * @param common id, next, on, location
 * @param queue the queue name (template)
 * @param priority the caller's priority (template giving a whole number); higher is served first
 * @param skills skill name -> least level (templates giving whole numbers), for skills routing
 * @param maxWait the caller's maximum wait, overriding the queue's
 * @param minPenalty the lowest member penalty the caller may reach
 * @param maxPenalty the highest member penalty the caller may reach
 * @param music the music-on-hold class, overriding the queue's
 * @param playlist media looped instead of music on hold
 * @param announce media played to the agent before bridging (whisper)
 * @param screen the agent must press a key to take the call
 * @param exits DTMF key -> step the caller goes to when pressing it while waiting
 */
public record QueueSpec(StepCommon common, Template queue, Optional<Template> priority,
    Map<String, Template> skills, Optional<Duration> maxWait, OptionalInt minPenalty, OptionalInt maxPenalty,
    Optional<String> music, List<MediaRef> playlist, List<MediaRef> announce, Optional<ScreenSpec> screen,
    Map<String, String> exits) implements StepSpec {

  /** The default outcome: an agent answered; produced when their call ends and the caller is still there. */
  public static final String ANSWERED = "answered";
  /** The caller waited the maximum wait (app_queue's TIMEOUT). */
  public static final String TIMEOUT = Outcomes.TIMEOUT;
  /** The queue was full (maxLen). */
  public static final String FULL = "full";
  /** No member counted, when joining or while waiting (join-empty / leave-when-empty). */
  public static final String EMPTY = "empty";
  /** The caller pressed one of the queue's exit keys that the step does not route itself. */
  public static final String EXIT = "exit";
  /** Prefix of the outcome an {@code exits} key produces. */
  public static final String EXIT_PREFIX = "exit:";
  /** The caller left a number to be called back (the step hangs up unless {@code on:} routes it). */
  public static final String CALLBACK = "callback";

  private static final Set<String> FOLLOW_NEXT = Outcomes.of(TIMEOUT, FULL, EMPTY, EXIT);

  /** Copies the maps and lists and rejects nulls. */
  public QueueSpec {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(priority, "priority");
    skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(minPenalty, "minPenalty");
    Objects.requireNonNull(maxPenalty, "maxPenalty");
    Objects.requireNonNull(music, "music");
    playlist = List.copyOf(playlist);
    announce = List.copyOf(announce);
    Objects.requireNonNull(screen, "screen");
    exits = Collections.unmodifiableMap(new LinkedHashMap<>(exits));
  }

  @Override
  public String typeName() {
    return "queue";
  }

  @Override
  public Set<String> outcomes() {
    Set<String> all = new LinkedHashSet<>(Outcomes.of(ANSWERED, TIMEOUT, FULL, EMPTY, EXIT,
        Outcomes.when(common.on().containsKey(CALLBACK), CALLBACK)));
    exits.keySet().forEach(key -> all.add(EXIT_PREFIX + key));
    return all;
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(ANSWERED);
  }

  @Override
  public Set<String> followsNext() {
    return FOLLOW_NEXT;
  }

  @Override
  public Map<String, String> fixedTargets() {
    Map<String, String> targets = new LinkedHashMap<>();
    exits.forEach((key, target) -> targets.put(EXIT_PREFIX + key, target));
    return targets;
  }

  /** {@code callback} may be routed, but needs no route: unrouted, the step hangs up. */
  @Override
  public boolean produces(String outcome) {
    return CALLBACK.equals(outcome) || StepSpec.super.produces(outcome);
  }

  /** Whether the flow routes {@code callback} (else the step hangs the caller up itself). */
  public boolean routesCallback() {
    return common.on().containsKey(CALLBACK);
  }

  @Override
  public boolean canEnd() {
    return true;
  }

  @Override
  public Set<String> results() {
    return Set.of("queue", "agent", "endpoint", "waitSeconds", "talkSeconds", "position", "endedBy", "key",
        "callbackNumber", "reason");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
