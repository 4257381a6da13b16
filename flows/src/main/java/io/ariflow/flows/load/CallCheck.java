package io.ariflow.flows.load;

import io.ariflow.flows.spec.CallSpec;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code call} step names a flow that loads cleanly, across files. Runs to a fixpoint: a flow that
 * fails because its callee has errors can in turn break its own callers.
 */
final class CallCheck {

  private CallCheck() {
  }

  /** Checks the drafts; {@code byId} holds the drafts whose id is unique. */
  static void check(Collection<FlowDraft> drafts, Map<String, FlowDraft> byId) {
    Set<ReadStep> reported = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FlowDraft draft : drafts) {
        changed |= brokenCalls(draft, byId, reported);
      }
    }
  }

  private static boolean brokenCalls(FlowDraft draft, Map<String, FlowDraft> byId, Set<ReadStep> reported) {
    boolean broken = false;
    for (ReadStep step : draft.steps()) {
      if (step.spec().orElse(null) instanceof CallSpec call && !reported.contains(step)) {
        FlowDraft callee = byId.get(call.flow());
        if (callee == null || callee.problems().hasErrors()) {
          draft.problems().error(step.facts().fieldLocation("flow").orElse(step.location()),
              message(call.flow(), callee, byId.keySet()));
          reported.add(step);
          broken = true;
        }
      }
    }
    return broken;
  }

  private static String message(String flow, FlowDraft callee, Set<String> known) {
    if (callee == null) {
      return "no flow '" + flow + "' in the loaded files" + DidYouMean.hint(flow, known);
    }
    return "flow '" + flow + "' has errors, so this call could not run: fix them first";
  }
}
