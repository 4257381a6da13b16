/**
 * Conferences and supervision on ARI: the owners of the rooms and supervision sessions on the engine's context,
 * the adapter that runs the domain's {@code Command}s as ARI requests, the ports the {@code conference} and
 * {@code supervise} steps reach, the engine operations ({@link io.ariflow.app.conference.ConferenceControl},
 * {@link io.ariflow.app.conference.SupervisionControl}) and the repair after a reconnect ({@code LostEnds}: the
 * end events the owners missed while the events connection was down).
 */
package io.ariflow.app.conference;
