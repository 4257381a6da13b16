/**
 * Channel and bridge state machines declared as data: enum states, tables of legal transitions, a short
 * history per object, and outcomes that report an event which does not fit instead of applying it.
 */
package io.ariflow.flows.state;
