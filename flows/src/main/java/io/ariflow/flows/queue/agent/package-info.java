/**
 * Agents: one authoritative state machine per agent ({@link io.ariflow.flows.queue.agent.AgentTable}), owned
 * by {@link io.ariflow.flows.queue.agent.AgentDirectory} and shared by every queue through the
 * {@link io.ariflow.flows.queue.agent.AgentPool} port. Device and endpoint states are an overlay consulted
 * when offering, never a state of their own, so a pause survives a phone reboot.
 */
package io.ariflow.flows.queue.agent;
