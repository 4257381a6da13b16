/**
 * Conferences and supervision on ARI: the owners of the rooms and supervision sessions on the engine's context,
 * the adapter that runs the domain's {@code Command}s as ARI requests, the ports the {@code conference} and
 * {@code supervise} steps reach, and the engine operations ({@link io.ariflow.app.conference.ConferenceControl}).
 */
package io.ariflow.app.conference;
