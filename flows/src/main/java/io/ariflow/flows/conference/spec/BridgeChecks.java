package io.ariflow.flows.conference.spec;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of a bridge profile's values: limits, music class, recording, talk detection, dial-out. */
final class BridgeChecks {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+");

  private BridgeChecks() {
  }

  static void check(String room, BridgeProfile bridge, List<DeclarationProblem> problems) {
    if (bridge.maxMembers() < 0) {
      problems.add(DeclarationProblem.error(room, "bridge.max-members", "must be 0 (no limit) or more"));
    }
    if (bridge.pinAttempts() < 1) {
      problems.add(DeclarationProblem.error(room, "bridge.pin-attempts", "must be at least 1"));
    }
    if (bridge.mohClass().isBlank()) {
      problems.add(DeclarationProblem.error(room, "bridge.moh-class", "name a music on hold class, e.g. default"));
    }
    if (bridge.drainTimeout().isNegative() || bridge.drainTimeout().isZero()) {
      problems.add(DeclarationProblem.error(room, "bridge.drain-timeout", "must be positive"));
    }
    bridge.recording().ifPresent(plan -> checkRecording(room, plan, problems));
    bridge.talkDetection().ifPresent(talk -> checkTalkDetection(room, talk, problems));
    bridge.dialOut().ifPresent(plan -> checkDialOut(room, plan, problems));
    for (Map.Entry<PromptKey, String> prompt : bridge.prompts().overrides().entrySet()) {
      if (prompt.getValue().isBlank()) {
        problems.add(DeclarationProblem.error(room, "bridge.prompts." + prompt.getKey().label(),
            "name a sound, or leave the key out to use " + prompt.getKey().defaultSound()));
      }
    }
  }

  private static void checkRecording(String room, RecordingPlan plan, List<DeclarationProblem> problems) {
    if (plan.fileName().isBlank()) {
      problems.add(DeclarationProblem.error(room, "bridge.record.file", "name the recording file"));
    }
    Matcher placeholder = PLACEHOLDER.matcher(plan.fileName());
    while (placeholder.find()) {
      if (!RecordingPlan.PLACEHOLDERS.contains(placeholder.group())) {
        problems.add(DeclarationProblem.error(room, "bridge.record.file", "unknown placeholder "
            + placeholder.group() + "; use " + String.join(", ", RecordingPlan.PLACEHOLDERS)));
      }
    }
    if (!FORMAT.matcher(plan.format()).matches()) {
      problems.add(DeclarationProblem.error(room, "bridge.record.format", "a format such as wav, gsm or ulaw"));
    }
  }

  private static void checkTalkDetection(String room, TalkDetection talk, List<DeclarationProblem> problems) {
    if (talk.silenceMs() <= 0) {
      problems.add(DeclarationProblem.error(room, "bridge.talk-detection.silence", "must be positive"));
    }
    if (talk.talkingThreshold() <= 0) {
      problems.add(DeclarationProblem.error(room, "bridge.talk-detection.threshold", "must be positive"));
    }
  }

  private static void checkDialOut(String room, DialOutPlan plan, List<DeclarationProblem> problems) {
    if (!plan.endpoint().contains(DialOutPlan.DIGITS) || plan.endpoint().indexOf('/') < 1) {
      problems.add(DeclarationProblem.error(room, "bridge.dial-out.endpoint",
          "an endpoint with " + DialOutPlan.DIGITS + " for the digits entered, e.g. PJSIP/" + DialOutPlan.DIGITS));
    }
    if (plan.timeout().isNegative() || plan.timeout().isZero()) {
      problems.add(DeclarationProblem.error(room, "bridge.dial-out.timeout", "must be positive"));
    }
  }
}
