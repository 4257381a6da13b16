package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.SoundRef;

/** Literal {@code sound:} names that are not known prompts get a warning (templated names are not checked). */
final class SoundCheck {

  private SoundCheck() {
  }

  static void check(FlowDraft draft, Sounds sounds) {
    for (ReadStep step : draft.steps()) {
      for (SoundRef ref : step.facts().sounds()) {
        if (!sounds.contains(ref.name())) {
          draft.problems().warning(ref.location(), "unknown prompt 'sound:" + ref.name() + "': not an English core"
              + " prompt nor in the extra prompt list" + DidYouMean.hint(ref.name(), sounds.names()));
        }
      }
    }
  }
}
