package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimMainTest {

  @Test
  void flagsOverrideTheDefaultsAndTheClockIsReal() {
    SimOptions o = SimMain.parse(new String[] {"--port", "9099", "--user", "u", "--password", "p", "--host", "0.0.0.0"});
    assertEquals(9099, o.port());
    assertEquals("u", o.user());
    assertEquals("p", o.password());
    assertEquals("0.0.0.0", o.host());
    assertEquals(ClockMode.REAL, o.clockMode());
  }

  @Test
  void defaultsAreDocumented() {
    SimOptions o = SimOptions.defaults();
    assertEquals(8088, o.port());
    assertEquals("asterisk", o.user());
    assertEquals("asterisk", o.password());
    assertEquals("ariflow", o.stasisApp());
    assertEquals("22.10.1", o.asteriskVersion());
  }

  @Test
  void unknownFlagsFail() {
    assertThrows(IllegalArgumentException.class, () -> SimMain.parse(new String[] {"--bogus", "1"}));
  }
}
