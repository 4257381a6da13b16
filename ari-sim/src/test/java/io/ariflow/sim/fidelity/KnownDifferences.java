package io.ariflow.sim.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one place where the fidelity test accepts that the simulator differs from the recorded Asterisk,
 * each entry with its reason. Entries that tolerate something must be needed by some scenario; entries of
 * kind NotCompared only document what the comparison leaves out on purpose.
 */
final class KnownDifferences {

  static final List<KnownDifference> ALL = List.of(
      new KnownDifference.NotCompared("ids-and-timestamps",
          "Ids, timestamps, channel-name sequence numbers, SIP Call-IDs and RTP statistics differ by construction;"
              + " ids are mapped recorded->simulated, the rest is not compared."),
      new KnownDifference.NotCompared("event-before-response",
          "The simulator may deliver an event before or after completing the HTTP response that caused it; the"
              + " traces show both and clients must accept both. Only the order of events per object is compared."),
      new KnownDifference.NotCompared("interleaving-across-objects",
          "How events of different objects interleave (;1/;2 state changes, two channels of one hangup) follows"
              + " Asterisk's thread timing; each object's own sequence is compared, not the global order."),
      new KnownDifference.NotCompared("success-values",
          "2xx bodies are compared by shape (field names and value types); error bodies, handshake statuses and"
              + " close codes are compared exactly; event values only through their signature (type, variable,"
              + " dial status, final playback state, cause)."),
      new KnownDifference.NotCompared("socket-error-kind",
          "When no HTTP answer comes (asterisk-restart), only that absence is compared, not whether the socket"
              + " error was a reset (the first poll, while Asterisk's old process went away) or a refusal."),
      new KnownDifference.SequenceRule("dial-same-instant-order",
          "A dial's two Dial events (dialstatus \"\" and RINGING/BUSY/ANSWER) and the peer's state change are"
              + " published by different Asterisk threads within a millisecond: the README notes both Dial orders,"
              + " and in create-dial-early the begin event even follows the Ringing state change (its peer"
              + " snapshot already says Ringing). Runs of consecutive Dial/ChannelStateChange events are compared"
              + " as sets.",
          Set.of(), KnownDifferences::sortDialRuns));

  private KnownDifferences() {}

  /** Sorts each run of consecutive Dial/ChannelStateChange events. */
  static List<SeqItem> sortDialRuns(List<SeqItem> seq) {
    List<SeqItem> out = new ArrayList<>(seq);
    int start = 0;
    while (start < out.size()) {
      int end = start;
      while (end < out.size() && isDialOrState(out.get(end))) {
        end++;
      }
      if (end - start > 1) {
        out.subList(start, end).sort(Comparator.comparing(SeqItem::sig));
      }
      start = Math.max(end, start + 1);
    }
    return out;
  }

  private static boolean isDialOrState(SeqItem item) {
    return item.sig().startsWith("Dial(") || item.sig().equals("ChannelStateChange");
  }
}
