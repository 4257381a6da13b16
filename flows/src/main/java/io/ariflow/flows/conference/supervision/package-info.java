/**
 * Supervision (spy, whisper, barge) through ARI snoop channels, as a functional core:
 * {@link io.ariflow.flows.conference.supervision.SupervisionSession} decides commands, a
 * {@link io.ariflow.flows.conference.supervision.SupervisionPolicy} says who may supervise whom before any snoop
 * is made, and {@link io.ariflow.flows.conference.supervision.AudioWiring} turns commands into who hears whom.
 * It lives under {@code conference} because it shares the room's command vocabulary and adapter.
 */
package io.ariflow.flows.conference.supervision;
