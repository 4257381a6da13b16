package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.TargetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every step id written in a flow (start, next, on, choices, cases, goto, fallback) names a step of it. */
final class TargetCheck {

  private TargetCheck() {
  }

  static void check(FlowDraft draft) {
    Set<String> ids = draft.stepIds();
    List<TargetRef> refs = new ArrayList<>(draft.facts().targets());
    draft.steps().forEach(s -> refs.addAll(s.facts().targets()));
    for (TargetRef ref : refs) {
      if (!ref.target().isEmpty() && !ids.contains(ref.target())) {
        draft.problems().error(ref.location(), "'" + ref.via() + "': no step '" + ref.target() + "' in this flow"
            + DidYouMean.hint(ref.target(), ids));
      }
    }
  }
}
