package io.ariflow.sim.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Good scenario files load into the expected records; each bad file reports exactly its .errors lines. */
class ScenarioLoaderTest {

  @Test
  void theReadmeExampleLoadsAsTheJavaBuiltScenario() {
    Scenario expected = Scenario.of(CallSpec.to("555").from("100").args("support-line")
            .on(CallEvent.PLAYBACK_STARTED, CallAction.press("1"))
            .after(Duration.ofSeconds(20), CallAction.hangup()))
        .withAgent(AgentSpec.endpoint("PJSIP/2001").answerAfter(Duration.ofSeconds(3)).talk(Duration.ofSeconds(30)));
    assertEquals(expected, ScenarioLoader.load(dir("good").resolve("support-line.yaml")));
  }

  @Test
  void everyKeyOfTheFormatIsRead() {
    Scenario s = ScenarioLoader.load(dir("good").resolve("everything.yaml"));
    CallSpec call = s.calls().get(0);
    assertEquals(new CallSpec("5551000", "Customer", "2000", "ivr-test", "sipp", List.of(), Duration.ofMillis(1500),
        3, Duration.ofMillis(500), List.of(
            new ScriptStep(Optional.of(CallEvent.ANSWERED), Duration.ofSeconds(2), CallAction.hold()),
            ScriptStep.after(Duration.ofSeconds(1), CallAction.unhold()),
            ScriptStep.on(CallEvent.ENTERED_BRIDGE, CallAction.talk(Duration.ofMillis(2500))),
            ScriptStep.on(CallEvent.LEFT_BRIDGE, CallAction.press("12#")),
            ScriptStep.on(CallEvent.STASIS_END, CallAction.hangup()))), call);
    assertEquals(List.of(AgentSpec.endpoint("PJSIP/2001"), AgentSpec.endpoint("PJSIP/2002").asBusy()), s.agents());
    assertEquals(3, s.callCount());
  }

  @TestFactory
  Stream<DynamicTest> eachBadFileReportsExactlyItsExpectedErrors() throws IOException {
    try (Stream<Path> files = Files.list(dir("bad"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(f -> dynamicTest(f.getFileName().toString(), () -> assertErrors(f)));
    }
  }

  private static void assertErrors(Path yaml) {
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioLoader.load(yaml));
    Path expected = yaml.resolveSibling(yaml.getFileName().toString().replace(".yaml", ".errors"));
    assertEquals(read(expected).strip(), e.getMessage());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dir(String name) {
    try {
      return Path.of(ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
