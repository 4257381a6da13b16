package io.ariflow.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.LoaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading and reloading the flows directory: the built-in demo when it holds no flow, every valid flow
 * otherwise, and on reload new versions taken, refused edits keeping the previous version, removals honoured.
 */
class FlowCatalogHostingTest {

  private static final String MAIN = """
      flow: main
      start: bye
      steps:
        bye:
          type: hangup
      """;
  private static final String SALES = """
      flow: sales
      start: bye
      steps:
        bye:
          type: hangup
          cause: busy
      """;
  private static final String BROKEN_SALES = """
      flow: sales
      start: bye
      steps:
        bye:
          type: hangpu
      """;

  @TempDir
  Path dir;

  private FlowSource source() {
    return new FlowSource(dir, LoaderOptions.defaults());
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  @Test
  void aDirectoryWithoutFlowsRunsTheBuiltInDemoForEveryCall() throws IOException {
    write("notes.txt", "not a flow");
    write("main.test.yaml", "tests are not flows");

    LoadedFlows loaded = source().load();
    HostedCatalog catalog = new LiveCatalog(dir).apply(loaded);

    assertTrue(loaded.builtIn());
    assertFalse(loaded.result().hasErrors(), loaded.result().problems().toString());
    assertTrue(catalog.builtIn());
    assertEquals("demo", catalog.select(Optional.of("support-line")).orElseThrow().id());
    assertEquals("demo", catalog.select(Optional.empty()).orElseThrow().id());
  }

  @Test
  void aMissingDirectoryRunsTheBuiltInDemoToo() {
    LoadedFlows loaded = new FlowSource(dir.resolve("nowhere"), LoaderOptions.defaults()).load();

    assertTrue(loaded.builtIn());
  }

  @Test
  void theValidFlowsLoadAndTheInvalidOnesStayOutWithTheirProblems() throws IOException {
    write("main.yaml", MAIN);
    write("sales.yaml", BROKEN_SALES);

    HostedCatalog catalog = new LiveCatalog(dir).apply(source().load());

    assertEquals(List.of("main"), List.copyOf(catalog.flows().flows().keySet()));
    assertEquals(Optional.empty(), catalog.select(Optional.of("sales")));
    assertEquals(1, catalog.generation());
  }

  @Test
  void aRefusedEditKeepsThePreviousVersionAndAFixedOneReplacesIt() throws IOException {
    write("main.yaml", MAIN);
    write("sales.yaml", SALES);
    LiveCatalog live = new LiveCatalog(dir);
    HostedCatalog first = live.apply(source().load());

    write("sales.yaml", BROKEN_SALES);
    HostedCatalog second = live.apply(source().load());

    assertEquals(2, second.generation());
    assertEquals(first.flows().flow("sales"), second.flows().flow("sales"), "the previous version keeps running");
    write("sales.yaml", SALES.replace("busy", "congestion"));
    HostedCatalog third = live.apply(source().load());
    assertNotEquals(first.flows().flow("sales"), third.flows().flow("sales"));
  }

  @Test
  void aFlowRemovedFromAFileThatLoadsIsGone() throws IOException {
    write("flows.yaml", MAIN + "---\n" + SALES);
    LiveCatalog live = new LiveCatalog(dir);
    live.apply(source().load());

    write("flows.yaml", MAIN);
    HostedCatalog after = live.apply(source().load());

    assertEquals(List.of("main"), List.copyOf(after.flows().flows().keySet()));
  }

  @Test
  void aDeletedFileTakesItsFlowsAlong() throws IOException {
    write("main.yaml", MAIN);
    write("sales.yaml", SALES);
    LiveCatalog live = new LiveCatalog(dir);
    live.apply(source().load());

    Files.delete(dir.resolve("sales.yaml"));
    HostedCatalog after = live.apply(source().load());

    assertEquals(List.of("main"), List.copyOf(after.flows().flows().keySet()));
  }

  @Test
  void emptyingTheDirectoryFallsBackToTheBuiltInDemo() throws IOException {
    write("main.yaml", MAIN);
    LiveCatalog live = new LiveCatalog(dir);
    live.apply(source().load());

    Files.delete(dir.resolve("main.yaml"));
    HostedCatalog after = live.apply(source().load());

    assertTrue(after.builtIn());
  }

  @Test
  void aScanSeesContentChangesAndIgnoresFlowTests() throws IOException {
    write("main.yaml", MAIN);
    DirectoryScan before = DirectoryScan.of(dir);

    write("main.test.yaml", "cases: []");
    assertEquals(before, DirectoryScan.of(dir), "flow tests are not flows");
    write("main.yaml", MAIN.replace("hangup", "hangup "));
    assertNotEquals(before, DirectoryScan.of(dir));
  }
}
