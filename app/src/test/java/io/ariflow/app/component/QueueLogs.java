package io.ariflow.app.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reading the queue_log of the component tests: who was offered a caller, in order (every member rung shows up
 * as RINGNOANSWER, RINGCANCELED or CONNECT), and who won; and serving callers one after another.
 */
final class QueueLogs {

  private static final Set<String> OFFER_ENDS = Set.of("RINGNOANSWER", "RINGCANCELED", "CONNECT");

  private QueueLogs() {
  }

  /** The members offered {@code caller}, in the order their offers ended (lines without timestamp). */
  static List<String> offers(QueueRig rig, String caller) {
    return rig.queueLogOf(caller).stream().map(line -> line.split("\\|"))
        .filter(fields -> fields.length > 2 && OFFER_ENDS.contains(fields[2])).map(fields -> fields[1]).toList();
  }

  /** The member who answered {@code caller}, or "nobody". */
  static String winner(QueueRig rig, String caller) {
    return rig.queueLogOf(caller).stream().filter(l -> l.contains("|CONNECT|")).findFirst()
        .map(l -> l.split("\\|")[1]).orElse("nobody");
  }

  /** One caller on {@code exten}, served and gone before returning: the members offered, in order. */
  static List<String> serveOne(QueueRig rig, String exten, String number) {
    String caller = rig.call(exten, number);
    rig.until(number + " completes", () -> rig.queueLogOf(caller).stream().anyMatch(l -> l.contains("|COMPLETE")));
    rig.until(number + " is gone", rig::nothingLeft);
    return offers(rig, caller);
  }

  /** {@code count} callers served one after another: the members offered to each, in order. */
  static List<List<String>> serveOneByOne(QueueRig rig, String exten, int count) {
    List<List<String>> offers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      offers.add(serveOne(rig, exten, "55510" + (10 + i)));
    }
    return offers;
  }
}
