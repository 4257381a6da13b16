package io.ariflow.flows.load.queue;

import io.ariflow.flows.queue.definition.QueueDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Every valid queue declaration of one load, in file order. Immutable: the host compares a reloaded catalog
 * with the running one and applies it when it differs.
 *
 * @param queues the declarations
 */
public record QueueCatalog(List<DeclaredQueue> queues) {

  /** No queues. */
  public static final QueueCatalog EMPTY = new QueueCatalog(List.of());

  /** Copies the list. */
  public QueueCatalog {
    queues = List.copyOf(queues);
  }

  /** The declaration named {@code name}. */
  public Optional<DeclaredQueue> queue(String name) {
    return queues.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** The definitions, for the contact center. */
  public List<QueueDefinition> definitions() {
    return queues.stream().map(DeclaredQueue::definition).toList();
  }

  /** The queue names in file order. */
  public List<String> names() {
    return queues.stream().map(DeclaredQueue::name).toList();
  }

  /** Whether no queue is declared. */
  public boolean isEmpty() {
    return queues.isEmpty();
  }
}
