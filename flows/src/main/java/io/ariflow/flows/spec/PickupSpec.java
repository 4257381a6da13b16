package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a call ringing elsewhere ({@code type: pickup}): the call ringing at {@code target} (directed pickup), or
 * the oldest call ringing in one of {@code groups} (group pickup). Dials and queues offer their ringing calls when
 * they declare {@code pickupGroups}; a directed pickup of a call with groups needs one of them too. Once picked up
 * the step lasts while the caller talks with the picker; {@code picked-up} comes when the caller hangs up.
 *
 * @param common id, next, on, timeout, location
 * @param target the extension, endpoint ({@code PJSIP/2001}) or queue agent whose ringing call to take (template);
 *     empty for a group pickup
 * @param groups the picker's pickup groups
 */
public record PickupSpec(StepCommon common, Optional<Template> target, List<String> groups) implements StepSpec {

  /** The default outcome: the caller and the picker talked; produced when the caller hangs up. */
  public static final String PICKED_UP = "picked-up";
  /** Nothing rings where this picker may pick up. */
  public static final String NOTHING_TO_PICK_UP = "nothing-to-pick-up";
  /** Another picker was faster. */
  public static final String ALREADY_PICKED = "already-picked";
  /** The caller hung up before the two were bridged. */
  public static final String CALLER_GONE = "caller-gone";

  /** Copies the groups and rejects nulls. */
  public PickupSpec {
    Objects.requireNonNull(target, "target");
    groups = List.copyOf(groups);
  }

  @Override
  public String typeName() {
    return "pickup";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(PICKED_UP, NOTHING_TO_PICK_UP, ALREADY_PICKED, CALLER_GONE);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(PICKED_UP);
  }

  @Override
  public Set<String> followsNext() {
    return Outcomes.of(NOTHING_TO_PICK_UP, ALREADY_PICKED, CALLER_GONE);
  }

  @Override
  public Set<String> results() {
    return Set.of("source", "caller", "talkSeconds");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
