package io.ariflow.app.flowtest;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.spec.FlowSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a test file against the flows it tests, before any call: the caller's flow exists, the steps an
 * expected path names exist, and no party takes the extension the caller dials.
 */
final class CaseChecks {

  private CaseChecks() {
  }

  static void check(FlowTestFile file, FlowCatalog catalog, Problems problems) {
    Set<String> steps = new TreeSet<>();
    catalog.all().forEach(flow -> steps.addAll(flow.steps().keySet()));
    for (TestCase test : file.cases()) {
      flow(test, catalog, problems);
      test.expect().path().ifPresent(path -> path.items().stream().filter(step -> !steps.contains(step)).distinct()
          .forEach(step -> problems.error(path.location(), "the expected path names step '" + step
              + "', which none of the flows under test has" + DidYouMean.hint(step, steps))));
      parties(test, problems);
    }
  }

  private static void flow(TestCase test, FlowCatalog catalog, Problems problems) {
    String id = test.caller().flow();
    if (id.isEmpty() || catalog.flow(id).isPresent()) {
      return;
    }
    List<String> ids = catalog.all().stream().map(FlowSpec::id).sorted().toList();
    problems.error(test.caller().location().line() > 0 ? test.caller().location() : test.location(),
        "the case '" + test.name() + "' calls flow '" + id + "', which is not among the flows under test "
            + ids + DidYouMean.hint(id, ids));
  }

  private static void parties(TestCase test, Problems problems) {
    String context = test.caller().context();
    for (PartyStub party : test.parties()) {
      if (!party.isPhone() && party.context(context).equals(context)
          && party.extension(context).equals(test.caller().extension())) {
        problems.error(party.location(), "the party " + party.target() + " is the extension the caller dials ("
            + context + "/" + test.caller().extension() + "): give the caller another 'extension'");
      }
    }
  }
}
