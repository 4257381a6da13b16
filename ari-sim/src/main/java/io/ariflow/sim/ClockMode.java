package io.ariflow.sim;

/** How the simulator tells time: VIRTUAL for tests (time moves only on advance), REAL for demos and load. */
public enum ClockMode {
  VIRTUAL,
  REAL
}
