package io.ariflow.app.component;

import io.ariflow.app.conference.ConferenceControl;
import io.ariflow.app.flows.FinishedRun;
import io.ariflow.flows.conference.room.MemberView;
import io.ariflow.flows.conference.room.RoomSnapshot;
import io.ariflow.flows.runtime.TimelineEntry;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.dialplan.FarEndYaml;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * Several callers in conference rooms on the simulated Asterisk, virtual time: places named callers, follows what
 * each hears, reads the rooms through the engine's conference operations and the bridges through the simulator.
 * Far ends for dial-outs: {@code Local/201@conf-phones} answers, {@code 202} is busy, {@code 203} never answers.
 */
final class ConferenceRig implements AutoCloseable {

  static final String PHONES = """
      contexts:
        conf-phones:
          "201": [answer, {wait: 600s}]
          "202": [busy]
          "203": [ring, {wait: 600s}]
      """;

  final FlowsOnSimulator flows;
  private final Map<String, List<String>> heard = new ConcurrentHashMap<>();

  ConferenceRig(Path dir, String... files) {
    this.flows = new FlowsOnSimulator(dir, FarEndYaml.parse(PHONES));
    for (int i = 0; i + 1 < files.length; i += 2) {
      flows.write(files[i], files[i + 1]);
    }
    flows.start("hangup");
  }

  /** Caller {@code number} dials {@code exten}; returns its channel id. */
  String call(String exten, String number) {
    List<String> media = new CopyOnWriteArrayList<>();
    String id = Await.result(flows.sim.placeCall(InboundCall.to(exten).from(number, "Caller " + number),
        event -> onEvent(media, event)));
    heard.put(id, media);
    return id;
  }

  /** Waits until {@code channelId} started hearing {@code sound} (a prompt or a room announcement). */
  void hears(String channelId, String sound) {
    flows.until(channelId + " hears " + sound, () -> heard.get(channelId).contains("sound:" + sound));
  }

  /** Every media the simulator started on {@code channelId}'s channel, in order. */
  List<String> heard(String channelId) {
    return List.copyOf(heard.get(channelId));
  }

  void press(String channelId, String digits) {
    Await.result(flows.sim.callerSendsDtmf(channelId, digits));
    flows.advance(Duration.ofMillis(500));
  }

  void hangUp(String channelId) {
    Await.result(flows.sim.callerHangsUp(channelId));
  }

  ConferenceControl control() {
    return flows.hosting().conferences().orElseThrow();
  }

  Optional<RoomSnapshot> room(String name) {
    return Await.result(control().room(name));
  }

  Optional<MemberView> member(String room, String channelId) {
    return room(room).flatMap(snapshot -> snapshot.members().stream()
        .filter(member -> member.channelId().equals(channelId)).findFirst());
  }

  /** The channels in the simulator's bridge {@code bridgeId}, empty when it does not exist. */
  List<String> inBridge(String bridgeId) {
    JsonArray bridges = flows.bridges();
    return IntStream.range(0, bridges.size()).mapToObj(bridges::getJsonObject)
        .filter(bridge -> bridge.getString("id").equals(bridgeId)).findFirst()
        .map(bridge -> bridge.getJsonArray("channels").stream().map(String::valueOf).sorted().toList())
        .orElse(List.of());
  }

  /** The channels whose name starts with {@code prefix} ({@code Snoop/}, {@code Local/201}). */
  List<JsonObject> channelsNamed(String prefix) {
    JsonArray channels = flows.channels();
    return IntStream.range(0, channels.size()).mapToObj(channels::getJsonObject)
        .filter(channel -> channel.getString("name").startsWith(prefix)).toList();
  }

  /** The outcome of the last execution of {@code stepId} in the finished run of {@code callId}. */
  Optional<String> outcome(String callId, String stepId) {
    Optional<FinishedRun> run = flows.lastRunOf(callId);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    List<TimelineEntry> entries = run.get().timeline().entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).stepId().equals(stepId)) {
        return Optional.of(entries.get(i).outcome());
      }
    }
    return Optional.empty();
  }

  /** Waits until the run of {@code callId} ended with {@code stepId} producing {@code outcome}. */
  void ended(String callId, String stepId, String outcome) {
    flows.until(callId + "'s " + stepId + " ended with " + outcome,
        () -> outcome(callId, stepId).filter(outcome::equals).isPresent());
  }

  /** Waits until nothing of any room is left: no bridge, no snoop, no followed id. */
  void nothingLeftBehind() {
    flows.until("no bridge, no snoop and no room object is left", () -> flows.bridges().isEmpty()
        && channelsNamed("Snoop/").isEmpty() && Await.result(control().followedIds()) == 0);
  }

  /** Whether the simulator still records {@code name} live. */
  boolean recordingLive(String name) {
    return Await.result(flows.sim.onLoop(core -> {
      try {
        core.recordings().getLive(name);
        return true;
      } catch (RuntimeException gone) {
        return false;
      }
    }));
  }

  private static void onEvent(List<String> media, JsonObject event) {
    String type = event.getString("type");
    if ("PlaybackStarted".equals(type) || "PlaybackContinuing".equals(type)) {
      JsonObject playback = event.getJsonObject("playback");
      String uri = playback.getString("media_uri");
      if (uri != null) {
        media.add(uri);
      }
    }
  }

  @Override
  public void close() {
    flows.close();
  }
}
