package io.ariflow.flows.port;

import java.util.Objects;

/**
 * Who picked an offered call up.
 *
 * @param pickerChannel the picker's channel, now bridged with the caller
 * @param pickerEndpoint the picker as the pickup step named it ({@code PJSIP/2002})
 */
public record PickupClaim(String pickerChannel, String pickerEndpoint) {

  /** Rejects nulls. */
  public PickupClaim {
    Objects.requireNonNull(pickerChannel, "pickerChannel");
    Objects.requireNonNull(pickerEndpoint, "pickerEndpoint");
  }
}
