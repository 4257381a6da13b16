package io.ariflow.flows.state;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records which rows of the given tables the tests of a class applied, and fails the class after all its
 * tests ran if a row was never exercised (Temporal's rule: an untested transition is an unknown one).
 * Register as {@code @RegisterExtension static final TransitionCoverage COVERAGE = TransitionCoverage.of(T)}
 * and pass it to machines as their {@link TransitionObserver}.
 */
public final class TransitionCoverage implements TransitionObserver, AfterAllCallback {

  private final Map<TransitionTable<?, ?>, Set<Transition<?, ?>>> visited = new IdentityHashMap<>();

  private TransitionCoverage(List<TransitionTable<?, ?>> tables) {
    for (TransitionTable<?, ?> table : tables) {
      visited.put(table, new LinkedHashSet<>());
    }
  }

  /** Coverage over {@code tables}; rows of other tables are ignored. */
  public static TransitionCoverage of(TransitionTable<?, ?>... tables) {
    return new TransitionCoverage(List.of(tables));
  }

  @Override
  public void visited(TransitionTable<?, ?> table, Transition<?, ?> row) {
    Set<Transition<?, ?>> rows = visited.get(table);
    if (rows != null) {
      rows.add(row);
    }
  }

  /** The rows of {@code table} not applied so far, in declaration order. */
  public List<Transition<?, ?>> unvisited(TransitionTable<?, ?> table) {
    List<Transition<?, ?>> missing = new ArrayList<>(table.rows());
    missing.removeAll(visited.get(table));
    return missing;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertAllVisited(context.getDisplayName());
  }

  /** Throws an {@link AssertionError} naming every row of every table that was never applied. */
  public void assertAllVisited(String owner) {
    StringBuilder report = new StringBuilder();
    for (TransitionTable<?, ?> table : visited.keySet()) {
      for (Transition<?, ?> row : unvisited(table)) {
        report.append("\n  ").append(table.name()).append(": ").append(row);
      }
    }
    if (report.length() > 0) {
      throw new AssertionError(owner + " never exercised these rows:" + report);
    }
  }
}
