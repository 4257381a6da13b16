/**
 * Queues for real calls: one contact center per engine ({@link io.ariflow.app.queues.Queues}), reached by the
 * queue steps through the {@link io.ariflow.flows.port.QueuePort}, fed the ARI endpoint and device states of its
 * members ({@link io.ariflow.app.queues.MemberStates}), ticked on the engine's timers, reconciled after a
 * reconnect, written to a queue_log file ({@link io.ariflow.app.queues.QueueLogFile}) and driven at run time
 * through {@link io.ariflow.app.queues.QueueControl} (agent login, logout, pause, statistics). Callbacks, whose
 * callers are offline, are dialled by {@link io.ariflow.app.queues.CallbackDialer}.
 */
package io.ariflow.app.queues;
