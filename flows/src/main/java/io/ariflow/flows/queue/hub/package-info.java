/**
 * The contact center's one owner on a host: {@link io.ariflow.flows.queue.hub.QueueHub} holds the
 * {@link io.ariflow.flows.queue.ContactCenter}, feeds it the queue steps' messages, agent messages and its own
 * ticks (scheduled on the {@link io.ariflow.flows.port.Timers} port at each {@code wakeAt}), writes every
 * queue_log record to the {@link io.ariflow.flows.queue.log.QueueLog} port, and delivers every command to the
 * call it is about (the queue step's listener) or, when no step listens (callbacks, agent changes), to the host.
 * Pure logic over ports: the app runs it on the engine's context, tests on fake timers.
 */
package io.ariflow.flows.queue.hub;
