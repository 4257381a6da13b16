package io.ariflow.app.flowtest;

/**
 * Both sides of the system under test at one moment, as the time driver checks them before moving the
 * clocks: quiet when every event the simulator sent has been handled and every REST request answered;
 * done when the caller has left the application and the engine has finished with the call.
 *
 * @param sim the simulator's side
 * @param engine the engine's side
 */
record Snapshot(SimSide sim, Traffic.EngineSide engine) {

  /**
   * The simulator's side, read on its context.
   *
   * @param delivered events handed to the events socket so far
   * @param pending tasks waiting on the simulator's clock (0: nothing happens there by itself)
   * @param callerLeft whether the caller's channel has left Stasis
   */
  record SimSide(long delivered, int pending, boolean callerLeft) {
  }

  boolean quiet() {
    return sim.delivered() == engine.framesHandled() && engine.restIdle();
  }

  boolean done() {
    return sim.callerLeft() && engine.idle();
  }
}
