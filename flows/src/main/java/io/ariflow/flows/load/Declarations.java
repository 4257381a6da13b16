package io.ariflow.flows.load;

import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.load.queue.QueueCatalog;
import java.util.Objects;

/**
 * What the files declare besides flows: the conference rooms, the supervision rules and the queues. Immutable, loaded with
 * the flows and swapped with them on reload; declarations with errors are left out, like flows with errors.
 *
 * @param rooms the valid room declarations
 * @param supervision the supervision rules ({@link SupervisionRules#NONE} when none are declared)
 * @param queues the valid queue declarations
 */
public record Declarations(RoomCatalog rooms, SupervisionRules supervision, QueueCatalog queues) {

  /** Nothing declared: no rooms, nobody may supervise. */
  public static final Declarations NONE = new Declarations(RoomCatalog.EMPTY, SupervisionRules.NONE,
      QueueCatalog.EMPTY);

  /** Rejects nulls. */
  public Declarations {
    Objects.requireNonNull(rooms, "rooms");
    Objects.requireNonNull(supervision, "supervision");
    Objects.requireNonNull(queues, "queues");
  }

  /** Rooms and supervision rules without queues. */
  public Declarations(RoomCatalog rooms, SupervisionRules supervision) {
    this(rooms, supervision, QueueCatalog.EMPTY);
  }

  /** The same declarations with {@code declared} as the queues. */
  public Declarations withQueues(QueueCatalog declared) {
    return new Declarations(rooms, supervision, declared);
  }
}
