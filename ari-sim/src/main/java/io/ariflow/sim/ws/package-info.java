/** The events WebSocket {@code /ari/events}: app ownership, ApplicationReplaced, abrupt drops. */
package io.ariflow.sim.ws;
