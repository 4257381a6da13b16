package io.ariflow.sim.fidelity;

import io.vertx.core.Future;
import java.util.function.Supplier;

/** Something the replay does outside ARI at trace time {@code t}, through the simulator's control API. */
record TimedAction(double t, String label, Supplier<Future<?>> run) {}
