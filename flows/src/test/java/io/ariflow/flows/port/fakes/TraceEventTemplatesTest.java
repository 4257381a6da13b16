package io.ariflow.flows.port.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ariflow.model.event.UnknownEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event templates the fakes use are verbatim copies of events in the shared traces. */
class TraceEventTemplatesTest {

  @Test
  void every_template_is_the_event_asterisk_sent_in_its_trace() {
    assumeTrue(Traces.sharedDir().isPresent(), "shared/ari/traces not found: skipping the template check");
    for (Iterator<Map.Entry<String, JsonNode>> it = AriEvents.templates().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode template = entry.getValue();
      String scenario = template.get("source").asText().replace(".jsonl", "");
      TraceLine line = Traces.load(scenario).lines().stream()
          .filter(l -> l.seq() == template.get("seq").asInt()).findFirst().orElseThrow();
      assertEquals(line.event(), template.get("event"), entry.getKey());
    }
  }

  @Test
  void every_template_decodes_to_its_event_record() {
    AriEventDecoder decoder = new AriEventDecoder();
    for (Iterator<Map.Entry<String, JsonNode>> it = AriEvents.templates().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      assertEquals(false, decoder.decode(entry.getValue().get("event")) instanceof UnknownEvent, entry.getKey());
    }
  }
}
