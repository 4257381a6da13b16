package io.ariflow.app.component;

import io.ariflow.app.pickup.PickupHost;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.runtime.TimelineEntry;
import io.ariflow.sim.InboundCall;
import io.vertx.core.json.JsonArray;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Call pickup on the simulated Asterisk: desk phones {@code PJSIP/2001} and {@code 2002} ring until hung up
 * ({@code 2003} answers after 3 s), callers dial them with pickup groups, pickers dial pickup flows. Reads the
 * pickup board through the engine, bridges and channels through the simulator, outcomes from the finished runs.
 */
final class PickupRig implements AutoCloseable {

  static final String PHONES = """
      "2001": [ring]
      "2002": [ring]
      "2003": [ring, {answer-after: 3s}, {wait: 600s}]
      """;

  /** Dial flows (one per phone, pickup group sales) and pickup flows (group, directed). */
  static final String[] FLOWS = {
      "desk-2001.yaml", dial("desk-2001", "PJSIP/2001"),
      "desk-2002.yaml", dial("desk-2002", "PJSIP/2002"),
      "desk-2003.yaml", dial("desk-2003", "PJSIP/2003"),
      "grab.yaml", pickup("grab", "groups: [sales]"),
      "grab-2001.yaml", pickup("grab-2001", "target: PJSIP/2001\n    groups: [sales]"),
      "grab-2002.yaml", pickup("grab-2002", "target: \"2002\"\n    groups: [sales]"),
      "grab-support.yaml", pickup("grab-support", "groups: [support]")};

  final QueueRig rig;

  PickupRig(Path dir, String... extraFiles) {
    rig = new QueueRig(dir, PHONES, List.of("2001", "2002", "2003", "3001"), "");
    for (int i = 0; i + 1 < FLOWS.length; i += 2) {
      rig.write(FLOWS[i], FLOWS[i + 1]);
    }
    for (int i = 0; i + 1 < extraFiles.length; i += 2) {
      rig.write(extraFiles[i], extraFiles[i + 1]);
    }
    rig.start();
  }

  static String dial(String flow, String endpoint) {
    return """
        flow: %s
        start: ring
        steps:
          ring:
            type: dial
            targets: [%s]
            timeout: 5m
            pickupGroups: [sales]
            next: thanks
            on: {busy: bye, noanswer: bye, failed: bye}
          thanks:
            type: play
            media: [sound:auth-thankyou]
            next: bye
          bye:
            type: hangup
        """.formatted(flow, endpoint);
  }

  static String pickup(String flow, String fields) {
    return """
        flow: %s
        start: take
        steps:
          take:
            type: pickup
            %s
            next: thanks
          thanks:
            type: play
            media: [sound:auth-thankyou]
            next: bye
          bye:
            type: hangup
        """.formatted(flow, fields);
  }

  /** {@code number} dials {@code exten}; returns the channel id once the engine runs its flow. */
  String call(String exten, String number) {
    return Await.result(rig.sim.placeCall(InboundCall.to(exten).from(number, "Caller " + number)));
  }

  /** Waits until {@code count} calls ring on the pickup board. */
  void ringing(int count) {
    rig.until(count + " call(s) ringing for pickup", () -> board().size() == count);
  }

  List<RingingCall> board() {
    return Await.result(host().ringing());
  }

  PickupHost host() {
    return rig.engine().flows().orElseThrow().pickups().orElseThrow();
  }

  /** The channels of the simulator's bridges, each sorted. */
  List<List<String>> bridges() {
    JsonArray all = Await.result(rig.sim.onLoop(core -> core.bridges().list()));
    return IntStream.range(0, all.size()).mapToObj(all::getJsonObject)
        .map(bridge -> bridge.getJsonArray("channels").stream().map(String::valueOf).sorted().toList()).toList();
  }

  /** Waits until {@code a} and {@code b} are the two channels of one bridge. */
  void talking(String a, String b) {
    List<String> pair = List.of(a, b).stream().sorted().toList();
    rig.until(a + " talks with " + b, () -> bridges().contains(pair));
  }

  /** Whether a channel of {@code endpoint} ({@code PJSIP/2001}) is up. */
  boolean rings(String endpoint) {
    return rig.channelNames().stream().anyMatch(name -> name.startsWith(endpoint + "-"));
  }

  /** The last timeline entry of {@code stepId} in the finished run of {@code callId}. */
  Optional<TimelineEntry> step(String callId, String stepId) {
    return rig.runOf(callId).flatMap(run -> run.timeline().entries().stream()
        .filter(entry -> entry.stepId().equals(stepId)).reduce((first, second) -> second));
  }

  /** Waits until the run of {@code callId} ended with {@code stepId} producing {@code outcome}. */
  TimelineEntry ended(String callId, String stepId, String outcome) {
    rig.until(callId + "'s " + stepId + " ended with " + outcome,
        () -> step(callId, stepId).filter(entry -> entry.outcome().equals(outcome)).isPresent());
    return step(callId, stepId).orElseThrow();
  }

  /** Nothing left: no channel, bridge or playback, and the pickup host follows nothing. */
  void nothingLeft() {
    rig.until("nothing is left behind", () -> rig.nothingLeft() && Await.result(host().followedIds()) == 0);
  }

  void hangUp(String channelId) {
    rig.hangUp(channelId);
  }

  @Override
  public void close() {
    rig.close();
  }
}
