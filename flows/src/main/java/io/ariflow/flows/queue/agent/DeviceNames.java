package io.ariflow.flows.queue.agent;

import java.util.Locale;

/**
 * The device name Asterisk reports state under for an endpoint: the endpoint itself ({@code PJSIP/2001}),
 * except that a Local channel's trailing options are dropped ({@code Local/2001@agents/n} reports as
 * {@code Local/2001@agents}), as app_queue does. Names compare without case.
 */
public final class DeviceNames {

  private DeviceNames() {
  }

  /** The device name for {@code endpoint}, lower-cased for lookups. */
  public static String of(String endpoint) {
    String device = endpoint;
    if (endpoint.regionMatches(true, 0, "Local/", 0, 6)) {
      int second = endpoint.indexOf('/', 6);
      if (second > 0) {
        device = endpoint.substring(0, second);
      }
    }
    return device.toLowerCase(Locale.ROOT);
  }
}
