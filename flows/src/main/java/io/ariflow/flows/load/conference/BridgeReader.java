package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.CountAnnouncement;
import io.ariflow.flows.conference.spec.DialOutPlan;
import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.Prompts;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.conference.spec.TalkDetection;
import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlEntry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a room's {@code bridge:} section into a {@link BridgeProfile}, ConfBridge's defaults for what is absent. */
final class BridgeReader {

  static final List<String> FIELDS = List.of("max-members", "start-locked", "pin-attempts", "wait-for-marked",
      "end-when-last-marked-leaves", "join-leave", "member-count", "only-person-prompt", "moh-when-alone",
      "moh-class", "record", "talk-detection", "dial-out", "drain-timeout", "prompts");
  static final List<String> RECORD = List.of("file", "format", "auto-start");
  static final List<String> TALK = List.of("silence", "threshold");
  static final List<String> DIAL_OUT = List.of("endpoint", "timeout", "caller-id");
  private static final Map<String, PromptKey> PROMPT_KEYS = Choices.of(PromptKey.class, PromptKey::label);

  private BridgeReader() {
  }

  static BridgeProfile read(Optional<Section> found) {
    BridgeProfile.Builder bridge = BridgeProfile.builder();
    if (found.isEmpty()) {
      return bridge.build();
    }
    Section s = found.get().onlyKnown(FIELDS);
    s.read("max-members", ScalarKinds.integer(0)).ifPresent(bridge::maxMembers);
    s.read("start-locked", ScalarKinds.bool()).ifPresent(bridge::startLocked);
    s.read("pin-attempts", ScalarKinds.integer(1)).ifPresent(bridge::pinAttempts);
    s.read("wait-for-marked", ScalarKinds.bool()).ifPresent(bridge::waitForMarked);
    s.read("end-when-last-marked-leaves", ScalarKinds.bool()).ifPresent(bridge::endWhenLastMarkedLeaves);
    s.read("join-leave", ScalarKinds.choice(Choices.of(JoinLeaveAnnouncement.class, BridgeReader::label)))
        .ifPresent(bridge::joinLeave);
    s.read("member-count", ScalarKinds.choice(Choices.of(CountAnnouncement.class, BridgeReader::label)))
        .ifPresent(bridge::memberCount);
    s.read("only-person-prompt", ScalarKinds.bool()).ifPresent(bridge::onlyPersonPrompt);
    s.read("moh-when-alone", ScalarKinds.bool()).ifPresent(bridge::mohWhenAlone);
    s.read("moh-class", ScalarKinds.text("a music on hold class")).ifPresent(bridge::mohClass);
    s.section("record", "a mapping with file, format and auto-start").map(BridgeReader::recording)
        .ifPresent(bridge::recording);
    s.section("talk-detection", "a mapping with silence and threshold").map(BridgeReader::talk)
        .ifPresent(bridge::talkDetection);
    s.section("dial-out", "a mapping with endpoint, timeout and caller-id").flatMap(BridgeReader::dialOut)
        .ifPresent(bridge::dialOut);
    s.read("drain-timeout", ScalarKinds.duration()).ifPresent(bridge::drainTimeout);
    s.section("prompts", "a mapping of prompt keys to sound names").map(BridgeReader::prompts)
        .ifPresent(bridge::prompts);
    return bridge.build();
  }

  private static RecordingPlan recording(Section s) {
    s.onlyKnown(RECORD);
    RecordingPlan plan = RecordingPlan.onDemand();
    return new RecordingPlan(s.read("file", ScalarKinds.text("a file name template"), plan.fileName()),
        s.read("format", ScalarKinds.text("a format such as wav"), plan.format()),
        s.read("auto-start", ScalarKinds.bool(), false));
  }

  private static TalkDetection talk(Section s) {
    s.onlyKnown(TALK);
    return new TalkDetection(s.read("silence", ScalarKinds.integer(1), TalkDetection.DEFAULTS.silenceMs()),
        s.read("threshold", ScalarKinds.integer(1), TalkDetection.DEFAULTS.talkingThreshold()));
  }

  private static Optional<DialOutPlan> dialOut(Section s) {
    s.onlyKnown(DIAL_OUT);
    Optional<String> endpoint = s.read("endpoint", ScalarKinds.text("an endpoint such as PJSIP/{digits}"));
    if (s.node("endpoint").isEmpty()) {
      s.context().error(s.map(), s.path() + " needs 'endpoint' (e.g. PJSIP/{digits})");
    }
    Duration timeout = s.read("timeout", ScalarKinds.duration(), Duration.ofSeconds(30));
    String callerId = s.read("caller-id", ScalarKinds.text("a caller id such as \"Team <500>\""), "");
    return endpoint.map(e -> new DialOutPlan(e, timeout, CallerIds.parse(callerId)));
  }

  private static Prompts prompts(Section s) {
    Map<PromptKey, String> overrides = new EnumMap<>(PromptKey.class);
    List<String> known = List.copyOf(PROMPT_KEYS.keySet());
    for (YamlEntry entry : s.map().entries()) {
      PromptKey key = PROMPT_KEYS.get(entry.key());
      if (key == null) {
        s.context().error(entry.keyLocation(), "unknown prompt '" + entry.key() + "' in " + s.path()
            + DidYouMean.hint(entry.key(), known) + " (prompts: " + String.join(", ", known) + ")");
        continue;
      }
      s.read(entry.key(), ScalarKinds.text("a sound name")).ifPresent(sound -> overrides.put(key, sound));
    }
    return new Prompts(overrides);
  }

  /** {@code TO_JOINER} -> {@code to-joiner}. */
  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
