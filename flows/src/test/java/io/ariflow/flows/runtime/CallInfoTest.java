package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.port.fakes.AriEvents;
import io.ariflow.model.event.StasisStart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallInfoTest {

  @Test
  void a_call_is_described_from_the_stasis_start_asterisk_sent() {
    StasisStart start = (StasisStart) AriEvents.stasisStart("1795332623.12");
    CallInfo call = CallInfo.from("call-7", start.channel(), List.of("lang=fr", "vip", "2000"));

    assertEquals("1795332623.12", call.channelId());
    assertEquals("PJSIP/sipp-00000000", call.channelName());
    assertEquals("100", call.callerNumber());
    assertEquals("sipp", call.callerName());
    assertEquals("2000", call.extension());
    assertEquals("from-test", call.context());
    assertEquals("en", call.language());
    assertFalse(call.answered());
    assertEquals(Map.of("lang", "fr", "arg1", "vip", "arg2", "2000"), call.args());
  }
}
