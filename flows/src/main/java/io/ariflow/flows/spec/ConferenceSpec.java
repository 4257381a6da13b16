package io.ariflow.flows.spec;

import io.ariflow.flows.conference.spec.ProfileOverrides;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the caller into a conference room ({@code type: conference}) and continues when its time there is
 * over. The room asks for the PIN (with retries) and the name itself; the step plays, collects and records
 * for it. {@code left} is the default outcome; every other one goes to {@code next} unless {@code on:} routes it,
 * so a short flow only names the cases it treats differently.
 *
 * @param common id, next, on, timeout, location
 * @param room the room name (template), matched against the declared rooms
 * @param role the caller's role; empty to let the PIN decide
 * @param pin a PIN already known (template, e.g. from a gather); the room asks when it is wrong or absent
 * @param pinTimeout how long the caller may take to type the PIN after the prompt
 * @param nameDuration the longest recorded name, when the room announces names
 * @param overrides what this caller changes in its role's profile
 */
public record ConferenceSpec(StepCommon common, Template room, Optional<Role> role, Optional<Template> pin,
    Duration pinTimeout, Duration nameDuration, ProfileOverrides overrides) implements StepSpec {

  /** The default outcome: the caller left with the menu (or the flow's step timeout took it out). */
  public static final String LEFT = "left";
  /** An admin or the engine kicked the caller. */
  public static final String KICKED = "kicked";
  /** The room ended while the caller was in it or at its door. */
  public static final String ROOM_ENDED = "room-ended";
  /** The room is locked. */
  public static final String LOCKED = "locked";
  /** The room is full. */
  public static final String FULL = "full";
  /** The caller entered too many wrong PINs. */
  public static final String WRONG_PIN = "wrong-pin";
  /** The room declares no profile for the caller's role. */
  public static final String NOT_ALLOWED = "not-allowed";
  /** No room declaration covers the name. */
  public static final String NO_SUCH_ROOM = "no-such-room";

  private static final Set<String> FOLLOW_NEXT =
      Outcomes.of(KICKED, ROOM_ENDED, LOCKED, FULL, WRONG_PIN, NOT_ALLOWED, NO_SUCH_ROOM);

  /** Rejects nulls. */
  public ConferenceSpec {
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(pin, "pin");
    Objects.requireNonNull(pinTimeout, "pinTimeout");
    Objects.requireNonNull(nameDuration, "nameDuration");
    Objects.requireNonNull(overrides, "overrides");
  }

  @Override
  public String typeName() {
    return "conference";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(LEFT, KICKED, ROOM_ENDED, LOCKED, FULL, WRONG_PIN, NOT_ALLOWED, NO_SUCH_ROOM);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(LEFT);
  }

  @Override
  public Set<String> followsNext() {
    return FOLLOW_NEXT;
  }

  @Override
  public Set<String> results() {
    return Set.of("room", "role", "seat", "detail", "seconds");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
