package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Sends the channel back to the dialplan and ends the run ({@code type: continue}); empty parts mean
 * "right after Stasis()".
 *
 * @param common id, next, on, timeout, location
 * @param context dialplan context (template)
 * @param extension dialplan extension (template)
 * @param priority dialplan priority
 */
public record ContinueSpec(StepCommon common, Optional<Template> context, Optional<Template> extension,
    OptionalInt priority) implements StepSpec {

  @Override
  public String typeName() {
    return "continue";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of();
  }

  @Override
  public boolean canEnd() {
    return true;
  }
}
