package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import org.junit.jupiter.api.Test;

/** Bridges followed through the real originate-dial-bridge and conference-bridge sessions. */
class BridgesTest {

  private static int bridgesLeftAfter(String scenario) {
    Bridges bridges = new Bridges();
    EventRouter router = new EventRouter(new AriEventDecoder(),
        new Calls(new FakeAri(), call -> io.vertx.core.Future.succeededFuture(), () -> "id"), bridges);
    Traces.load(scenario).events().stream().map(TraceLine::event).map(Object::toString).forEach(router::onFrame);
    return bridges.size();
  }

  @Test
  void aBridgeWhoseBridgeDestroyedArrivesIsForgotten() {
    assertEquals(0, bridgesLeftAfter("originate-dial-bridge"));
  }

  @Test
  void aBridgeDeletedWithoutBridgeDestroyedStaysUntilReconciliation() {
    Bridges bridges = new Bridges();
    EventRouter router = new EventRouter(new AriEventDecoder(),
        new Calls(new FakeAri(), call -> io.vertx.core.Future.succeededFuture(), () -> "id"), bridges);
    Traces.load("conference-bridge").events().stream().map(TraceLine::event).map(Object::toString)
        .forEach(router::onFrame);
    assertEquals(1, bridges.size());

    bridges.reconcile(java.util.List.of(), java.util.List.of());

    assertEquals(0, bridges.size());
  }
}
