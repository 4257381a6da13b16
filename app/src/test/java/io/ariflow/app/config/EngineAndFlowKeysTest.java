package io.ariflow.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys of flow hosting: the engine's fallback and hangup grace, and how flows are watched. */
class EngineAndFlowKeysTest {

  @Test
  void theDefaultsContinueWatchEverySecondAndUseUtc() {
    AriflowConfig config = ConfigLoader.load(Optional.empty(), Map.of());

    assertEquals(new EngineFallback.Continue(), config.engine().fallback());
    assertEquals(Duration.ofSeconds(30), config.engine().hangupGrace());
    assertTrue(config.flows().watch());
    assertEquals(Duration.ofSeconds(1), config.flows().watchInterval());
    assertEquals(ZoneId.of("UTC"), config.flows().timezone());
  }

  @Test
  void everyFallbackFormIsRead() {
    assertEquals(new EngineFallback.Hangup(), fallback("hangup"));
    assertEquals(new EngineFallback.RunFlow("sorry-line"), fallback("flow:sorry-line"));
    assertEquals(new EngineFallback.Continue(), fallback("continue"));
  }

  @Test
  void theEnvironmentChoosesTheFallbackToo() {
    AriflowConfig config = ConfigLoader.fromYaml("", Map.of("ARIFLOW_FALLBACK", "flow:closed"));

    assertEquals(new EngineFallback.RunFlow("closed"), config.engine().fallback());
  }

  @Test
  void flowSettingsAreReadFromTheirSection() {
    AriflowConfig config = ConfigLoader.fromYaml("""
        engine:
          hangupGrace: 2m
        flows:
          dir: /srv/flows
          watch: false
          watchInterval: 250ms
          timezone: Europe/Paris
        """, Map.of());

    assertEquals(Duration.ofMinutes(2), config.engine().hangupGrace());
    assertFalse(config.flows().watch());
    assertEquals(Duration.ofMillis(250), config.flows().watchInterval());
    assertEquals(ZoneId.of("Europe/Paris"), config.flows().timezone());
  }

  @Test
  void wrongValuesAreReportedWithWhatIsAllowed() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.fromYaml("""
        engine:
          fallback: "flow:"
        flows:
          watch: sometimes
          timezone: Mars/Olympus
        """, Map.of()));

    String message = e.getMessage();
    assertTrue(message.contains("engine.fallback") && message.contains("continue | hangup | flow:<id>"), message);
    assertTrue(message.contains("flows.watch") && message.contains("true | false"), message);
    assertTrue(message.contains("flows.timezone") && message.contains("Europe/Paris"), message);
  }

  private static EngineFallback fallback(String text) {
    return ConfigLoader.fromYaml("engine:\n  fallback: \"" + text + "\"\n", Map.of()).engine().fallback();
  }
}
