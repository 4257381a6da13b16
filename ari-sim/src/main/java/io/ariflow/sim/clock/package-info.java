/** Simulated time: a virtual clock for tests and a real one on Vert.x timers. */
package io.ariflow.sim.clock;
