package io.ariflow.sim.core;

import java.util.Map;

/** Q.850 causes the simulator uses, their Asterisk texts and the ARI hangup reasons that map to them. */
public final class HangupCause {

  public static final int UNKNOWN = 0;
  public static final int NORMAL = 16;
  public static final int BUSY = 17;
  public static final int NO_ANSWER = 19;
  public static final int CONGESTION = 34;

  private static final Map<Integer, String> TEXTS = Map.ofEntries(
      Map.entry(0, "Unknown"),
      Map.entry(1, "Unallocated (unassigned) number"),
      Map.entry(16, "Normal Clearing"),
      Map.entry(17, "User busy"),
      Map.entry(18, "No user responding"),
      Map.entry(19, "User alerting, no answer"),
      Map.entry(21, "Call Rejected"),
      Map.entry(26, "Answered elsewhere"),
      Map.entry(27, "Destination out of order"),
      Map.entry(28, "Invalid number format (addr incomplete)"),
      Map.entry(31, "Normal, unspecified"),
      Map.entry(34, "Circuit/channel congestion"),
      Map.entry(58, "Bearer capability not available"),
      Map.entry(127, "Interworking, unspecified"));

  private static final Map<String, Integer> REASONS = Map.ofEntries(
      Map.entry("normal", 16),
      Map.entry("busy", 17),
      Map.entry("congestion", 34),
      Map.entry("no_answer", 19),
      Map.entry("timeout", 18),
      Map.entry("rejected", 21),
      Map.entry("unallocated", 1),
      Map.entry("normal_unspecified", 31),
      Map.entry("number_incomplete", 28),
      Map.entry("codec_mismatch", 58),
      Map.entry("interworking", 127),
      Map.entry("failure", 27),
      Map.entry("answered_elsewhere", 26));

  private HangupCause() {}

  public static String text(int cause) {
    return TEXTS.getOrDefault(cause, "Unknown");
  }

  /** Cause for {@code DELETE /channels/{id}?reason=...}; 400 for an unknown reason. */
  public static int fromReason(String reason, String reasonCode) {
    if (reasonCode != null && !reasonCode.isEmpty()) {
      try {
        return Integer.parseInt(reasonCode);
      } catch (NumberFormatException e) {
        throw AriError.badRequest("Invalid reason for hangup reason provided");
      }
    }
    if (reason == null || reason.isEmpty()) {
      return NORMAL;
    }
    Integer cause = REASONS.get(reason);
    if (cause == null) {
      throw AriError.badRequest("Invalid reason for hangup reason provided");
    }
    return cause;
  }
}
