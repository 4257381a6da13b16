package io.ariflow.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void noFileAndNoEnvironmentMeansDefaultsAndTheEmbeddedSimulator() {
    AriflowConfig config = ConfigLoader.load(Optional.empty(), Map.of());

    assertTrue(config.ari().embeddedSimulator());
    assertEquals("ariflow", config.ari().app());
    assertEquals(Duration.ofSeconds(5), config.ari().requestTimeout());
    assertEquals(LostChannelPolicy.CONTINUE, config.engine().lostChannelPolicy());
    assertEquals(8080, config.httpPort());
  }

  @Test
  void fileValuesAreReadFromTheirSections(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ariflow.yaml");
    Files.writeString(file, """
        ari:
          url: http://pbx.example:8088
          user: engine
          password: s3cret
          app: support
          requestTimeout: 750ms
        engine:
          lostChannelPolicy: hangup
        flows:
          dir: /etc/ariflow/flows
        http:
          port: 9090
        """);

    AriflowConfig config = ConfigLoader.load(Optional.of(file), Map.of());

    assertEquals(Optional.of(URI.create("http://pbx.example:8088")), config.ari().url());
    assertEquals("engine", config.ari().user());
    assertEquals("support", config.ari().app());
    assertEquals(Duration.ofMillis(750), config.ari().requestTimeout());
    assertEquals(LostChannelPolicy.HANGUP, config.engine().lostChannelPolicy());
    assertEquals(Path.of("/etc/ariflow/flows"), config.flowsDir());
    assertEquals(9090, config.httpPort());
  }

  @Test
  void environmentOverridesTheFile() {
    AriflowConfig config = ConfigLoader.fromYaml("ari:\n  app: fromfile\n", Map.of(
        "ARIFLOW_ARI_URL", "http://10.0.0.5:8088",
        "ARIFLOW_ARI_USER", "u",
        "ARIFLOW_ARI_PASSWORD", "p",
        "ARIFLOW_ARI_APP", "fromenv",
        "ARIFLOW_FLOWS", "/flows",
        "ARIFLOW_HTTP_PORT", "8181"));

    assertEquals("fromenv", config.ari().app());
    assertEquals("u", config.ari().user());
    assertEquals(Path.of("/flows"), config.flowsDir());
    assertEquals(8181, config.httpPort());
    assertEquals("10.0.0.5", config.ari().url().orElseThrow().getHost());
  }

  @Test
  void everyWrongValueIsReportedWithItsKeyPlaceAndWhatIsAllowed() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.fromYaml("""
        ari:
          url: ftp://x
          requestTimeout: soon
          maxConnections: 0
        engine:
          lostChannelPolicy: retry
        """, Map.of("ARIFLOW_HTTP_PORT", "http")));

    assertEquals(5, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("inline:2:3 (ari.url): 'ftp://x' is not an http(s) URL"), e.getMessage());
    assertTrue(e.getMessage().contains("(ari.requestTimeout): 'soon' is not a positive duration; write e.g. 500ms"));
    assertTrue(e.getMessage().contains("(ari.maxConnections): 0 is out of range; allowed 1..4096"));
    assertTrue(e.getMessage().contains("'retry' is not allowed; use continue | hangup"));
  }

  @Test
  void environmentErrorsNameTheVariable() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(Optional.empty(), Map.of("ARIFLOW_HTTP_PORT", "http")));

    assertTrue(e.getMessage().contains("environment ARIFLOW_HTTP_PORT (http.port): 'http' is not a whole number"),
        e.getMessage());
  }

  @Test
  void aMisspelledKeyIsRejectedAndTheKnownKeysListed() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.fromYaml("ari:\n  passwd: x\n", Map.of()));

    assertTrue(e.getMessage().contains("inline:2:3: unknown key 'ari.passwd'; known keys: ari.url"), e.getMessage());
  }

  @Test
  void credentialsInTheUrlAreRefusedWithTheFix() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.fromYaml("ari:\n  url: http://u:p@pbx:8088\n", Map.of()));

    assertTrue(e.getMessage().contains("set ari.user / ari.password instead"), e.getMessage());
  }

  @Test
  void brokenYamlPointsAtLineAndColumn() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.fromYaml("ari:\n  url: [unclosed\n", Map.of()));

    assertTrue(e.getMessage().contains("inline:"), e.getMessage());
  }

  @Test
  void thePasswordNeverAppearsInTheSettingsText() {
    AriflowConfig config = ConfigLoader.fromYaml("ari:\n  password: hunter2\n", Map.of());

    assertTrue(!config.ari().toString().contains("hunter2"));
  }
}
