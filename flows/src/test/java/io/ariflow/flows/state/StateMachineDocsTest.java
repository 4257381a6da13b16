package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Regenerates {@code flows/docs/state-machines.md} from the tables (surefire runs in the module directory). */
class StateMachineDocsTest {

  private static final Path PAGE = Path.of("docs", "state-machines.md");

  @Test
  void docs_page_is_regenerated_from_the_tables() throws IOException {
    String page = StateMachineDocs.render();
    String existing = Files.exists(PAGE) ? Files.readString(PAGE) : "";
    if (!existing.equals(page)) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, page);
    }
    assertEquals(page, Files.readString(PAGE));
  }

  @Test
  void page_has_one_diagram_per_table_with_every_row() {
    String page = StateMachineDocs.render();
    for (TransitionTable<?, ?> table : StateMachineDocs.tables()) {
      assertTrue(page.contains("## " + table.name() + " (" + table.rows().size() + " rows)"), table.name());
      for (Transition<?, ?> row : table.rows()) {
        String edge = row.from().name() + " --> " + row.to().name() + " : " + row.input().name();
        assertTrue(page.contains(edge), edge);
      }
    }
  }
}
