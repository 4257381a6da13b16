package io.ariflow.flows.conference;

import io.ariflow.flows.state.StateMachinePageChecks;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Regenerates {@code flows/docs/conference-state-machines.md} from the tables (surefire runs in the module). */
class ConferenceStateDocsTest {

  @Test
  void docs_page_is_regenerated_from_the_tables() throws IOException {
    StateMachinePageChecks.regenerated(ConferenceStateDocs.PAGE, Path.of("docs", "conference-state-machines.md"));
  }

  @Test
  void page_has_one_diagram_per_table_with_every_row() {
    StateMachinePageChecks.drawsEveryRow(ConferenceStateDocs.PAGE);
  }
}
