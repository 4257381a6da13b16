package io.ariflow.flows.spec;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a flow, as the YAML declares it. Each step type is one record; each declares the outcomes it
 * can produce so the validator can check every route at load time and the interpreter can follow them.
 *
 * <p>Outcome routing ({@link #targetOf}): an explicit {@code on:} entry wins; then a target fixed by the
 * step's own fields (menu choices, switch/branch cases, goto target); then {@code next} for the default
 * outcome and for outcomes that {@link #followsNext() follow next}. Anything else is unrouted: {@code hangup}
 * ends the run, {@code error} and {@code timeout} go to the flow's fallback, and the validator makes sure no
 * other outcome is ever unrouted.
 */
public sealed interface StepSpec permits AnswerSpec, RingSpec, ProgressSpec, HangupSpec, ContinueSpec,
    PauseSpec, PlaySpec, SaySpec, RecordSpec, GatherSpec, MenuSpec, SetSpec, UnsetSpec, GetVarSpec,
    SetVarSpec, BranchSpec, SwitchSpec, GotoSpec, CallSpec, ReturnSpec, HttpSpec, DialSpec, TransferSpec,
    ConferenceSpec, SuperviseSpec, QueueSpec, QueueAgentSpec, PickupSpec, CustomSpec {

  /** Id, next, on, timeout and location. */
  StepCommon common();

  /** The YAML {@code type} of this step. */
  String typeName();

  /**
   * Outcomes specific to this step and its configuration (not {@code error}, {@code hangup},
   * {@code timeout}), including those routed by the step's own fields ({@code choice:1}, {@code case:2}).
   */
  Set<String> outcomes();

  /** The outcome {@code next} routes; empty when the step has none (menu, terminal steps). */
  default Optional<String> defaultOutcome() {
    return Optional.empty();
  }

  /** Outcomes that go to {@code next} when {@code on:} does not route them (play's {@code interrupted}). */
  default Set<String> followsNext() {
    return Set.of();
  }

  /** Outcome -> target fixed by the step's own fields: menu choices, switch and branch cases, goto. */
  default Map<String, String> fixedTargets() {
    return Map.of();
  }

  /** Whether finishing this step can end the run (hangup, continue, return, a connected transfer). */
  default boolean canEnd() {
    return false;
  }

  /**
   * Whether the step waits on the caller or on time (prompts, input, pauses, calls out). A loop through such
   * a step cannot spin the engine; a loop of only instant steps with no way out is a load error.
   */
  default boolean takesTime() {
    return false;
  }

  /** The {@code steps.<id>.<field>} names this step produces. */
  default Set<String> results() {
    return Set.of();
  }

  /** Every outcome the step can produce: its own plus error, hangup, and timeout when it has one. */
  default Set<String> allOutcomes() {
    Set<String> all = new LinkedHashSet<>(outcomes());
    all.add(Outcomes.ERROR);
    all.add(Outcomes.HANGUP);
    if (common().timeout().isPresent()) {
      all.add(Outcomes.TIMEOUT);
    }
    return all;
  }

  /** Whether {@code on:} may name this outcome (http also accepts status codes such as {@code 404}). */
  default boolean produces(String outcome) {
    return allOutcomes().contains(outcome);
  }

  /** The step an outcome leads to, or empty when unrouted (see the type comment). */
  default Optional<String> targetOf(String outcome) {
    String explicit = common().on().get(outcome);
    if (explicit != null) {
      return Optional.of(explicit);
    }
    String fixed = fixedTargets().get(outcome);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    boolean isDefault = defaultOutcome().filter(outcome::equals).isPresent();
    if (isDefault || followsNext().contains(outcome)) {
      return common().next();
    }
    return Optional.empty();
  }

  /** The step id, for logs and reports. */
  default String id() {
    return common().id();
  }
}
