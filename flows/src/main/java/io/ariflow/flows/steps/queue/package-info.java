/**
 * The {@code queue} step: the caller's side of the contact center. {@link io.ariflow.flows.steps.queue.QueueStep}
 * joins the caller through the {@link io.ariflow.flows.port.QueuePort}, plays what the queue decides (music on hold
 * or a playlist, position and wait announcements, periodic prompts), lets the caller leave with a key or leave a
 * callback number, rings the agents an offer names (whisper and confirmation before reporting an answer), bridges
 * the caller with the winner on Connect, and reports every hangup back, so the queue's owner always knows the
 * truth. Its phases ({@link io.ariflow.flows.steps.queue.QueuePhaseTable}) and each offered leg's life
 * ({@link io.ariflow.flows.steps.queue.OfferLegTable}) are transition tables.
 */
package io.ariflow.flows.steps.queue;
