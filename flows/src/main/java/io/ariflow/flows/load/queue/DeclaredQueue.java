package io.ariflow.flows.load.queue;

import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.spec.Location;
import java.util.Objects;

/**
 * One valid queue declaration: the core's definition, what the step and dialler need besides, and where it was
 * declared (for messages naming a duplicate).
 *
 * @param definition the validated definition the contact center runs
 * @param extras playlist, whisper, confirmation and callback dialling
 * @param location where the {@code queue:} document starts
 */
public record DeclaredQueue(QueueDefinition definition, QueueExtras extras, Location location) {

  /** Rejects nulls. */
  public DeclaredQueue {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(extras, "extras");
    Objects.requireNonNull(location, "location");
  }

  /** The queue's name. */
  public String name() {
    return definition.name();
  }
}
