/**
 * The simulated Asterisk itself: channels, bridges, media, subscriptions and event delivery, all owned by
 * one event-loop context ({@link io.ariflow.sim.core.SimCore}); reached from outside only through
 * {@link io.ariflow.sim.AriSimulator#onLoop}.
 */
package io.ariflow.sim.core;
