package io.ariflow.flows.runtime;

import io.ariflow.model.resource.CallerID;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.resource.DialplanCEP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the run knows about the call when it starts: the {@code call.*} and {@code args.*} variables.
 *
 * @param callId our call id
 * @param channelId the caller's channel id
 * @param channelName the channel name, e.g. {@code PJSIP/sipp-00000000}
 * @param callerNumber caller id number, empty when unknown
 * @param callerName caller id name, empty when unknown
 * @param extension the dialled extension
 * @param context the dialplan context
 * @param language the channel language
 * @param answered whether the channel was already up when the run started
 * @param args {@code key=value} Stasis arguments by key, and every other argument as {@code arg1}, {@code arg2}...
 */
public record CallInfo(String callId, String channelId, String channelName, String callerNumber,
    String callerName, String extension, String context, String language, boolean answered,
    Map<String, String> args) {

  /** Rejects missing ids; copies the arguments. */
  public CallInfo {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(channelId, "channelId");
    args = Map.copyOf(args);
  }

  /**
   * The call of {@code channel} (from StasisStart) with the Stasis arguments that follow the flow id.
   *
   * @param callId our id for the call
   * @param channel the channel StasisStart carried
   * @param stasisArgs the application arguments, without the flow id
   */
  public static CallInfo from(String callId, Channel channel, List<String> stasisArgs) {
    CallerID caller = channel.caller();
    DialplanCEP dialplan = channel.dialplan();
    return new CallInfo(callId, channel.id(), text(channel.name()),
        caller == null ? "" : text(caller.number()), caller == null ? "" : text(caller.name()),
        dialplan == null ? "" : text(dialplan.exten()), dialplan == null ? "" : text(dialplan.context()),
        text(channel.language()), "Up".equals(channel.state()), parseArgs(stasisArgs));
  }

  /** {@code key=value} entries by key; the others as {@code arg1}, {@code arg2}, ... in order. */
  static Map<String, String> parseArgs(List<String> stasisArgs) {
    Map<String, String> parsed = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (String arg : stasisArgs == null ? List.<String>of() : stasisArgs) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        parsed.put(arg.substring(0, eq), arg.substring(eq + 1));
      } else {
        positional.add(arg);
      }
    }
    for (int i = 0; i < positional.size(); i++) {
      parsed.putIfAbsent("arg" + (i + 1), positional.get(i));
    }
    return parsed;
  }

  /** The {@code call.*} variables as nested maps. */
  Map<String, Object> asVariables() {
    Map<String, Object> caller = new LinkedHashMap<>();
    caller.put("number", callerNumber);
    caller.put("name", callerName);
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("id", callId);
    call.put("channel", channelName);
    call.put("channelId", channelId);
    call.put("caller", caller);
    call.put("extension", extension);
    call.put("context", context);
    call.put("language", language);
    return call;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
