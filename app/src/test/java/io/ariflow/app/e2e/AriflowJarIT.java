package io.ariflow.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's promises, checked on the built jar in its own JVM. */
class AriflowJarIT {
  private static final Duration STARTUP = Duration.ofSeconds(30);

  @Test
  void runWithoutAsteriskStartsTheSimulatorAndHandlesADemoCall() throws Exception {
    int healthPort = JarProcess.freePort();
    try (JarProcess run = JarProcess.start(Map.of("ARIFLOW_HTTP_PORT", String.valueOf(healthPort)), "run")) {
      run.awaitLine("started the embedded simulated Asterisk", STARTUP);
      run.awaitLine("every call runs the built-in demo flow", STARTUP);
      run.awaitLine("entered Stasis", STARTUP);
      String story = run.awaitLine(" timeline: ", STARTUP);
      assertTrue(story.contains("call from 100 to demo") && story.contains("hung up"), story);
      run.awaitLine("ended (left Stasis)", STARTUP);

      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"state\":\"CONNECTED\""), health.body());
    }
  }

  @Test
  void doctorChecksAStandaloneSimulator() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess sim = JarProcess.start(Map.of(), "sim", "--port", String.valueOf(port), "--user", "u",
        "--password", "p")) {
      sim.awaitLine("ready", STARTUP);
      try (JarProcess doctor = JarProcess.start(Map.of("ARIFLOW_ARI_URL", "http://127.0.0.1:" + port,
          "ARIFLOW_ARI_USER", "u", "ARIFLOW_ARI_PASSWORD", "p"), "doctor")) {
        assertEquals(0, doctor.awaitExit(STARTUP), doctor.output());
        assertTrue(doctor.output().contains("ok    Asterisk 22.10.1"), doctor.output());
        assertTrue(doctor.output().contains("knows every event type and operation"), doctor.output());
      }
    }
  }

  @Test
  void doctorNamesWrongCredentials() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess sim = JarProcess.start(Map.of(), "sim", "--port", String.valueOf(port))) {
      sim.awaitLine("ready", STARTUP);
      try (JarProcess doctor = JarProcess.start(Map.of("ARIFLOW_ARI_URL", "http://127.0.0.1:" + port,
          "ARIFLOW_ARI_USER", "u", "ARIFLOW_ARI_PASSWORD", "wrong"), "doctor")) {
        assertEquals(1, doctor.awaitExit(STARTUP), doctor.output());
        assertTrue(doctor.output().contains("FAIL"), doctor.output());
        assertTrue(!doctor.output().contains("wrong"), "the password is never printed");
      }
    }
  }

  @Test
  void aBadConfigurationIsRefusedWithTheKeyAndTheFix() throws Exception {
    try (JarProcess run = JarProcess.start(Map.of("ARIFLOW_HTTP_PORT", "eighty"), "run")) {
      assertTrue(run.awaitExit(STARTUP) != 0);
      assertTrue(run.output().contains("environment ARIFLOW_HTTP_PORT (http.port): 'eighty' is not a whole number"),
          run.output());
    }
  }
}
