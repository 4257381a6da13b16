package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every generated state-machine page must satisfy; the docs tests of each package call it. */
public final class StateMachinePageChecks {

  private StateMachinePageChecks() {
  }

  /** Writes {@code page} to {@code file} (relative to the module, where surefire runs) when it changed. */
  public static void regenerated(StateMachinePage page, Path file) throws IOException {
    String rendered = page.render();
    String existing = Files.exists(file) ? Files.readString(file) : "";
    if (!existing.equals(rendered)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, rendered);
    }
    assertEquals(rendered, Files.readString(file));
  }

  /** The page has one section per table, and its diagram draws every row. */
  public static void drawsEveryRow(StateMachinePage page) {
    String rendered = page.render();
    for (TransitionTable<?, ?> table : page.tables()) {
      assertTrue(rendered.contains("## " + table.name() + " (" + table.rows().size() + " rows)"), table.name());
      for (Transition<?, ?> row : table.rows()) {
        String edge = row.from().name() + " --> " + row.to().name() + " : " + row.input().name();
        assertTrue(rendered.contains(edge), edge);
      }
    }
  }
}
