/**
 * Queue declarations as immutable records ({@link io.ariflow.flows.queue.definition.QueueDefinition} and its
 * parts) with app_queue's options and defaults, and {@link io.ariflow.flows.queue.definition.QueueValidator},
 * which returns every problem located by a path the YAML loader maps to {@code file:line:col}.
 */
package io.ariflow.flows.queue.definition;
