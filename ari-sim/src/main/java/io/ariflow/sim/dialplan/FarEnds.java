package io.ariflow.sim.dialplan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Friendly far-end actions (what a test author thinks: "ring, answer after 2 s, send 1#, hang up after
 * 5 s") turned into dialplan steps. Used by the Java API and by {@link FarEndYaml}.
 */
public final class FarEnds {

  private FarEnds() {}

  public static List<Step> answerAfter(Duration delay) {
    return List.of(new Step.Ringing(), new Step.Wait(delay), new Step.Answer());
  }

  public static List<Step> hangupAfter(Duration delay) {
    return List.of(new Step.Wait(delay), new Step.Hangup(16));
  }

  /** Concatenates groups of steps. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static List<Step> of(List<Step>... groups) {
    List<Step> all = new ArrayList<>();
    Arrays.stream(groups).forEach(all::addAll);
    return List.copyOf(all);
  }

  /** Parses one action name with an optional argument, as written in YAML. */
  public static List<Step> action(String name, String arg) {
    return switch (name) {
      case "answer" -> List.of(new Step.Answer());
      case "answer-after" -> answerAfter(duration(arg));
      case "ring" -> List.of(new Step.Ringing());
      case "busy" -> List.of(new Step.Busy(arg == null ? 10 : Integer.parseInt(arg)));
      case "congestion" -> List.of(new Step.Congestion(arg == null ? 10 : Integer.parseInt(arg)));
      case "hangup" -> List.of(new Step.Hangup(arg == null ? 16 : Integer.parseInt(arg)));
      case "hangup-after" -> hangupAfter(duration(arg));
      case "wait" -> List.of(new Step.Wait(duration(arg)));
      case "send-dtmf" -> List.of(new Step.SendDtmf(required(name, arg), 250));
      case "stasis" -> List.of(stasis(arg));
      case "playback" -> List.of(new Step.Playback(required(name, arg)));
      case "echo" -> List.of(new Step.Echo());
      case "noop" -> List.of(new Step.NoOp(arg == null ? "" : arg));
      default -> throw new IllegalArgumentException("unknown far-end action '" + name + "'");
    };
  }

  /** Parses "2s", "500ms", "1.5s" or a bare number of seconds. */
  public static Duration duration(String text) {
    String t = required("duration", text).trim();
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
    }
    String secs = t.endsWith("s") ? t.substring(0, t.length() - 1).trim() : t;
    return Duration.ofMillis(Math.round(Double.parseDouble(secs) * 1000));
  }

  private static Step stasis(String arg) {
    if (arg == null || arg.isBlank()) {
      return new Step.Stasis("${APP}", List.of("${EXTEN}"));
    }
    List<String> parts = List.of(arg.split(","));
    return new Step.Stasis(parts.get(0).trim(), parts.subList(1, parts.size()));
  }

  private static String required(String what, String arg) {
    if (arg == null) {
      throw new IllegalArgumentException("far-end action '" + what + "' needs a value");
    }
    return arg;
  }
}
