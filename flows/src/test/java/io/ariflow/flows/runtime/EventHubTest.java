package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.port.fakes.AriEvents;
import io.ariflow.model.event.AriEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHubTest {

  @Test
  void a_listener_that_throws_is_reported_to_its_owner_and_the_others_still_get_the_event() {
    EventHub hub = new EventHub();
    List<String> seen = new ArrayList<>();
    hub.subscribe(event -> {
      throw new IllegalStateException("bug");
    }, (event, bug) -> seen.add("failed on " + event.type() + ": " + bug.getMessage()));
    hub.subscribe(event -> seen.add("got " + event.type()), (event, bug) -> seen.add("unexpected"));

    AriEvent dtmf = AriEvents.dtmf("caller-1", "5");
    hub.dispatch(dtmf);

    assertEquals(List.of("failed on ChannelDtmfReceived: bug", "got ChannelDtmfReceived"), seen);
  }
}
