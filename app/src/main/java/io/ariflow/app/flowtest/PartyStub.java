package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.util.Objects;

/**
 * A party the flow may dial, and how it behaves. Written as the flow dials it: {@code PJSIP/2001},
 * {@code Local/104@sales}, {@code 104@sales}, or just {@code 104}, an extension of the caller's context
 * (where a {@code transfer} without {@code context} dials).
 *
 * @param target the party as written
 * @param behaviour what it does when dialled
 * @param location where it is written
 */
public record PartyStub(String target, PartyBehaviour behaviour, Location location) {

  /** The endpoint prefix of registered phones. */
  public static final String PJSIP = "PJSIP/";
  private static final String LOCAL = "Local/";

  /** Rejects missing parts. */
  public PartyStub {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(location, "location");
  }

  /** The ARI endpoint the flow dials for this party, e.g. {@code Local/104@default}. */
  public String endpoint(String callerContext) {
    if (target.startsWith(PJSIP) || target.startsWith(LOCAL)) {
      return target;
    }
    return LOCAL + (target.contains("@") ? target : target + "@" + callerContext);
  }

  /** True for a registered phone ({@code PJSIP/...}); false for a dialplan extension. */
  public boolean isPhone() {
    return target.startsWith(PJSIP);
  }

  /** The dialplan context of an extension party. */
  public String context(String callerContext) {
    String endpoint = endpoint(callerContext);
    return endpoint.substring(endpoint.indexOf('@') + 1);
  }

  /** The extension (or, for a phone, the endpoint resource). */
  public String extension(String callerContext) {
    String endpoint = endpoint(callerContext);
    return isPhone() ? endpoint.substring(PJSIP.length())
        : endpoint.substring(LOCAL.length(), endpoint.indexOf('@'));
  }
}
