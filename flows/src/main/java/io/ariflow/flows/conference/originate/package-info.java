/**
 * Click-to-call (originate A, then dial B and bridge, or run a flow on A) as a functional core:
 * {@link io.ariflow.flows.conference.originate.ClickToCall} turns leg events and its own ring timers into
 * commands and one reported outcome (connected, busy, no answer, ...).
 */
package io.ariflow.flows.conference.originate;
