/**
 * Reads the queue declarations that live next to the flows: a YAML document starting with {@code queue:} declares
 * one queue (strategy, members and agents, limits, announcements, callbacks) in the words of app_queue's options.
 * Every problem is reported at once with file:line:col, including those
 * {@link io.ariflow.flows.queue.definition.QueueValidator} finds on the built definition; the valid queues form a
 * {@link io.ariflow.flows.load.queue.QueueCatalog}, swapped with the flows on reload.
 */
package io.ariflow.flows.load.queue;
