package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who calls in a test case and how the call reaches the flow: a SIP caller dials {@code extension} in
 * {@code context}, whose dialplan runs {@code Stasis(ariflow, <flow>, key=value ...)}, as an integrator's
 * extensions.conf would.
 *
 * @param number caller id number
 * @param name caller id name
 * @param extension the dialled extension ({@code call.extension})
 * @param context the dialplan context the call enters ({@code call.context}); transfers without a context
 *     dial {@code Local/<to>@<context>}, so parties are stubbed there
 * @param flow the flow id, the first Stasis argument
 * @param args the {@code key=value} Stasis arguments ({@code args.<key>}), in order
 * @param location where the caller is written
 */
public record CallerSpec(String number, String name, String extension, String context, String flow,
    Map<String, String> args, Location location) {

  /** The values a caller has when the test file does not say. */
  public static final CallerSpec DEFAULTS = new CallerSpec("5551000", "Test Caller", "s", "default", "",
      Map.of(), Location.unknown());

  /** Copies the arguments, keeping their order. */
  public CallerSpec {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(location, "location");
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** What the dialplan passes to Stasis() after the application name: the flow id, then key=value. */
  public List<String> stasisArgs() {
    List<String> all = new ArrayList<>();
    all.add(flow);
    args.forEach((key, value) -> all.add(key + "=" + value));
    return all;
  }
}
