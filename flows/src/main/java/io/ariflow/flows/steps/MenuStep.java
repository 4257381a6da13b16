package io.ariflow.flows.steps;

import io.ariflow.flows.spec.MenuSpec;
import io.vertx.core.Future;

/**
 * {@code menu}: a DTMF menu with FreeSWITCH mod_ivr / FreePBX IVR semantics. Each try plays the prompt
 * (after the invalid or no-input prompt on retries) and collects one entry; invalid entries and silent tries
 * have separate counters, and after the last failure the exit prompt plays before {@code invalid} or
 * {@code noinput}. The back key and {@code directDial} have their own outcomes.
 */
public final class MenuStep implements StepType<MenuSpec> {

  @Override
  public Class<MenuSpec> specType() {
    return MenuSpec.class;
  }

  @Override
  public Future<StepResult> execute(MenuSpec spec, StepContext ctx) {
    return CallerMedia.answer(ctx).compose(ready -> new MenuRun(spec, ctx).start());
  }
}
