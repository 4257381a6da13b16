package io.ariflow.flows.conference.pickup;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a directed pickup may use for a rung endpoint: the endpoint as dialled and its extension, so a picker
 * can ask for {@code PJSIP/2001} or {@code 2001}, {@code Local/2001@phones} or {@code 2001}.
 */
public final class PickupTargets {

  private PickupTargets() {
  }

  /** {@code endpoint} and its extension, in that order. */
  public static Set<String> of(String endpoint) {
    Set<String> names = new LinkedHashSet<>();
    names.add(endpoint);
    String resource = endpoint.substring(endpoint.indexOf('/') + 1);
    int at = resource.indexOf('@');
    names.add(at < 0 ? resource : resource.substring(0, at));
    return names;
  }
}
