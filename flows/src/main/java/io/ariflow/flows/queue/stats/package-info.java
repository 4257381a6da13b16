/**
 * Queue and member statistics as immutable snapshots. Every caller who joined lands in exactly one bucket
 * (answered, abandoned, overflowed, exited with a key, callback failed, or still waiting), so the figures
 * add up; see {@link io.ariflow.flows.queue.stats.QueueStatistics#balanced()}.
 */
package io.ariflow.flows.queue.stats;
