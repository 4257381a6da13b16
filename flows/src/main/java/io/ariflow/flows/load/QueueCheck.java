package io.ariflow.flows.load;

import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.spec.Location;
import io.ariflow.flows.spec.QueueSpec;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code queue} step with a literal queue name names a declared queue, across files, and its exit keys do
 * not take the queue's callback key. A templated name is checked at run time (outcome {@code error}), but a flow
 * using queues while none are declared gets a warning.
 */
final class QueueCheck {

  private QueueCheck() {
  }

  static void check(FlowDraft draft, QueueCatalog queues, List<String> declared) {
    for (ReadStep step : draft.steps()) {
      if (step.spec().orElse(null) instanceof QueueSpec queue) {
        check(draft, step, queue, queues, declared);
      }
    }
  }

  private static void check(FlowDraft draft, ReadStep step, QueueSpec spec, QueueCatalog queues,
      List<String> declared) {
    Location at = step.facts().fieldLocation("queue").orElse(step.location());
    if (!spec.queue().isConstant()) {
      if (queues.isEmpty()) {
        draft.problems().warning(at, "no queues are declared (a queue: document next to the flows), so every"
            + " call would end with error");
      }
      return;
    }
    String name = spec.queue().constantText();
    Optional<DeclaredQueue> queue = queues.queue(name);
    if (queue.isEmpty()) {
      String known = declared.isEmpty() ? "none is declared (a queue: document next to the flows)"
          : "declared: " + String.join(", ", declared);
      draft.problems().error(at, "no queue '" + name + "'; " + known + DidYouMean.hint(name, declared));
      return;
    }
    String callbackKey = queue.get().definition().callback().enabled()
        ? queue.get().definition().callback().key() : "";
    if (!callbackKey.isEmpty() && spec.exits().containsKey(callbackKey)) {
      draft.problems().error(step.facts().fieldLocation("exits").orElse(at), "key '" + callbackKey
          + "' asks for a callback in queue '" + name + "'; pick another exit key");
    }
  }
}
