/**
 * The command vocabulary shared by rooms, supervision sessions, pickups and click-to-call: decisions as values,
 * one record per ARI request, executed in order by one adapter in {@code app}.
 */
package io.ariflow.flows.conference.command;
