package io.ariflow.sim.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scripted SIP caller: who calls which extension, how the call reaches Stasis, when (and how often) it is
 * placed, and its script. With {@code args} the call enters Stasis with exactly those arguments (through a
 * context the runner adds); otherwise it runs {@code context} of the dialplan ([from-test] by default, which
 * passes the extension as the argument).
 *
 * @param from caller id number
 * @param name caller id name
 * @param to dialled extension
 * @param context dialplan context the call enters; null means [from-test], or the runner's context for args
 * @param endpoint PJSIP endpoint the call comes from
 * @param args Stasis arguments; empty means whatever the context passes
 * @param at when the first call is placed, from the start of the run
 * @param count how many such calls are placed
 * @param every spacing between repeated calls
 * @param script the caller's steps, in order
 */
public record CallSpec(String from, String name, String to, String context, String endpoint, List<String> args,
    Duration at, int count, Duration every, List<ScriptStep> script) {

  public CallSpec {
    Objects.requireNonNull(to, "to");
    args = List.copyOf(args);
    script = List.copyOf(script);
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    if (context != null && !args.isEmpty()) {
      throw new IllegalArgumentException("a call takes either a context or args, not both");
    }
  }

  /** sipp (number 100) calling {@code exten}, once, at once, with no script. */
  public static CallSpec to(String exten) {
    return new CallSpec("100", "sipp", exten, null, "sipp", List.of(), Duration.ZERO, 1, Duration.ofSeconds(1),
        List.of());
  }

  public CallSpec from(String number) {
    return new CallSpec(number, name, to, context, endpoint, args, at, count, every, script);
  }

  public CallSpec named(String callerName) {
    return new CallSpec(from, callerName, to, context, endpoint, args, at, count, every, script);
  }

  public CallSpec inContext(String ctx) {
    return new CallSpec(from, name, to, ctx, endpoint, args, at, count, every, script);
  }

  public CallSpec viaEndpoint(String resource) {
    return new CallSpec(from, name, to, context, resource, args, at, count, every, script);
  }

  public CallSpec args(String... stasisArgs) {
    return new CallSpec(from, name, to, context, endpoint, List.of(stasisArgs), at, count, every, script);
  }

  public CallSpec at(Duration start) {
    return new CallSpec(from, name, to, context, endpoint, args, start, count, every, script);
  }

  public CallSpec repeat(int times, Duration spacing) {
    return new CallSpec(from, name, to, context, endpoint, args, at, times, spacing, script);
  }

  public CallSpec then(ScriptStep step) {
    List<ScriptStep> steps = new ArrayList<>(script);
    steps.add(step);
    return new CallSpec(from, name, to, context, endpoint, args, at, count, every, steps);
  }

  public CallSpec on(CallEvent event, CallAction action) {
    return then(ScriptStep.on(event, action));
  }

  public CallSpec after(Duration delay, CallAction action) {
    return then(ScriptStep.after(delay, action));
  }
}
