package io.ariflow.flows.state;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Regenerates {@code flows/docs/state-machines.md} from the tables (surefire runs in the module directory). */
class StateMachineDocsTest {

  @Test
  void docs_page_is_regenerated_from_the_tables() throws IOException {
    StateMachinePageChecks.regenerated(StateMachineDocs.PAGE, Path.of("docs", "state-machines.md"));
  }

  @Test
  void page_has_one_diagram_per_table_with_every_row() {
    StateMachinePageChecks.drawsEveryRow(StateMachineDocs.PAGE);
  }
}
