/**
 * One queue's owner: {@link io.ariflow.flows.queue.engine.QueueEngine} takes
 * {@link io.ariflow.flows.queue.engine.QueueInput} messages with their time and returns
 * {@link io.ariflow.flows.queue.engine.Decisions}. Each caller's life is a machine on
 * {@link io.ariflow.flows.queue.engine.EntryTable}; offers, departures, callbacks and completions are separate
 * parts sharing one queue context, and announcements and statistics follow app_queue's arithmetic.
 */
package io.ariflow.flows.queue.engine;
