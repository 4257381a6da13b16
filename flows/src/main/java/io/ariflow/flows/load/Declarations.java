package io.ariflow.flows.load;

import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import java.util.Objects;

/**
 * What the files declare besides flows: the conference rooms and the supervision rules. Immutable, loaded with
 * the flows and swapped with them on reload; declarations with errors are left out, like flows with errors.
 *
 * @param rooms the valid room declarations
 * @param supervision the supervision rules ({@link SupervisionRules#NONE} when none are declared)
 */
public record Declarations(RoomCatalog rooms, SupervisionRules supervision) {

  /** Nothing declared: no rooms, nobody may supervise. */
  public static final Declarations NONE = new Declarations(RoomCatalog.EMPTY, SupervisionRules.NONE);

  /** Rejects nulls. */
  public Declarations {
    Objects.requireNonNull(rooms, "rooms");
    Objects.requireNonNull(supervision, "supervision");
  }
}
