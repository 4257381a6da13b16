package io.ariflow.sim.fidelity;

/** One replayed request: what was recorded (request and response) and what the simulator answered. */
record Exchange(TraceLine.Request request, TraceLine.Response recorded, HttpOutcome sim) {

  String label() {
    return request.method() + " " + request.path() + (request.why() == null ? "" : " (" + request.why() + ")");
  }
}
