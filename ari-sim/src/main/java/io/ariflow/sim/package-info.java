/**
 * A simulated Asterisk 22.10.1 speaking ARI: start it with {@link io.ariflow.sim.AriSimulator#start}, drive
 * the far side of calls and inject faults through its control API. See {@code ari-sim/README.md}.
 */
package io.ariflow.sim;
