package io.ariflow.flows.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Regenerates {@code flows/docs/conference-state-machines.md} from the tables (surefire runs in the module). */
class ConferenceStateDocsTest {

  private static final Path PAGE = Path.of("docs", "conference-state-machines.md");

  @Test
  void docs_page_is_regenerated_from_the_tables() throws IOException {
    String page = ConferenceStateDocs.render();
    String existing = Files.exists(PAGE) ? Files.readString(PAGE) : "";
    if (!existing.equals(page)) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, page);
    }
    assertEquals(page, Files.readString(PAGE));
  }

  @Test
  void page_has_one_diagram_per_table_with_every_row() {
    String page = ConferenceStateDocs.render();
    for (TransitionTable<?, ?> table : ConferenceStateDocs.tables()) {
      assertTrue(page.contains("## " + table.name() + " (" + table.rows().size() + " rows)"), table.name());
      for (Transition<?, ?> row : table.rows()) {
        String edge = row.from().name() + " --> " + row.to().name() + " : " + row.input().name();
        assertTrue(page.contains(edge), edge);
      }
    }
  }
}
