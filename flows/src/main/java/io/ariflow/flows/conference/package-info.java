/**
 * Conferences (ConfBridge parity on ARI mixing bridges), supervision (spy, whisper, barge through snoop channels),
 * pickup and click-to-call as a functional core: declarations are records validated at load time, each room,
 * session, pickup board and click-to-call has one owner fed messages one at a time, and every decision is a value
 * ({@link io.ariflow.flows.conference.command.Command}s to run in order, notices, an answer). Nothing here calls
 * Asterisk, reads the wall clock or blocks. The protocol for steps and adapters is in {@code flows/docs/conference.md};
 * the tables are drawn by {@link io.ariflow.flows.conference.ConferenceStateDocs}.
 */
package io.ariflow.flows.conference;
