package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.util.List;
import java.util.Objects;

/**
 * An expected sequence (steps of the path, prompts played): either exactly these items, or these items in
 * this order with anything between them ({@code contains:}).
 *
 * @param exact true for exactly these items, false for "contains, in order"
 * @param items the expected items
 * @param location where the expectation is written
 */
public record SequenceExpectation(boolean exact, List<String> items, Location location) {

  /** Copies the items. */
  public SequenceExpectation {
    items = List.copyOf(items);
    Objects.requireNonNull(location, "location");
  }

  /** Whether {@code actual} satisfies the expectation. */
  public boolean matches(List<String> actual) {
    if (exact) {
      return actual.equals(items);
    }
    int next = 0;
    for (String item : actual) {
      if (next < items.size() && items.get(next).equals(item)) {
        next++;
      }
    }
    return next == items.size();
  }

  /** The expectation as reports print it: {@code [a, b]} or {@code [a, b] in this order, others between}. */
  public String describe() {
    return exact ? items.toString() : "contains " + items + " in this order";
  }
}
