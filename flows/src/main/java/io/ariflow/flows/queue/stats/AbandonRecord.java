package io.ariflow.flows.queue.stats;

import java.time.Duration;
import java.time.Instant;

/**
 * One caller who hung up while waiting: where they were and how long they had waited.
 *
 * @param callId the caller
 * @param at when they hung up
 * @param position their position at that moment
 * @param originalPosition their position when they joined
 * @param waited how long they had waited
 */
public record AbandonRecord(String callId, Instant at, int position, int originalPosition, Duration waited) {
}
