package io.ariflow.sim.dialplan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's extensions.conf: contexts of extensions, each a list of steps, plus a catch-all
 * extension per context ({@link #ANY}). Immutable; {@link #with} overlays user far ends on the defaults.
 */
public final class Dialplan {

  /** Extension key that matches any extension of its context (Asterisk's {@code _.}). */
  public static final String ANY = "*";

  private final Map<String, Map<String, List<Step>>> contexts;

  private Dialplan(Map<String, Map<String, List<Step>>> contexts) {
    this.contexts = contexts;
  }

  /** The contexts the real traces were recorded with: from-test, ivr-test and answer-wait. */
  public static Dialplan defaults() {
    Step waitLong = new Step.Wait(Duration.ofSeconds(600));
    return builder()
        .anyExten("from-test",
            new Step.NoOp("from-test ${EXTEN} from \"${CALLERID(name)}\" <${CALLERID(num)}>"),
            new Step.Stasis("${APP}", List.of("${EXTEN}")),
            new Step.Hangup(16))
        .anyExten("ivr-test",
            new Step.Answer(), new Step.Playback("hello-world"),
            new Step.Stasis("${APP}", List.of("ivr", "${EXTEN}")), new Step.Hangup(16))
        .exten("answer-wait", "answer", new Step.Answer(), waitLong)
        .exten("answer-wait", "dtmf", new Step.Answer(), new Step.Wait(Duration.ofSeconds(1)),
            new Step.SendDtmf("123#", 250), waitLong)
        .exten("answer-wait", "noanswer", new Step.Ringing(), waitLong)
        .exten("answer-wait", "busy", new Step.Busy(10))
        .exten("answer-wait", "shorthangup", new Step.Answer(), new Step.Wait(Duration.ofSeconds(3)),
            new Step.Hangup(16))
        .exten("answer-wait", "echo", new Step.Answer(), new Step.Echo())
        .build();
  }

  public static Dialplan empty() {
    return new Dialplan(Map.of());
  }

  /** Reads far ends from YAML (see {@link FarEndYaml}). */
  public static Dialplan fromYaml(Path file) {
    return FarEndYaml.read(file);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This dialplan with the other's extensions added (the other wins on the same context/exten). */
  public Dialplan with(Dialplan other) {
    Map<String, Map<String, List<Step>>> merged = new LinkedHashMap<>();
    contexts.forEach((ctx, extens) -> merged.put(ctx, new LinkedHashMap<>(extens)));
    other.contexts.forEach((ctx, extens) -> merged.computeIfAbsent(ctx, k -> new LinkedHashMap<>()).putAll(extens));
    return new Dialplan(freeze(merged));
  }

  public boolean hasContext(String context) {
    return contexts.containsKey(context);
  }

  /** Steps of context/exten, falling back to the context's catch-all extension. */
  public Optional<List<Step>> lookup(String context, String exten) {
    Map<String, List<Step>> extens = contexts.get(context);
    if (extens == null) {
      return Optional.empty();
    }
    List<Step> steps = extens.get(exten);
    return Optional.ofNullable(steps != null ? steps : extens.get(ANY));
  }

  public Map<String, Map<String, List<Step>>> contexts() {
    return contexts;
  }

  private static Map<String, Map<String, List<Step>>> freeze(Map<String, Map<String, List<Step>>> m) {
    Map<String, Map<String, List<Step>>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(out);
  }

  /** Collects extensions; later calls for the same context/exten replace earlier ones. */
  public static final class Builder {
    private final Map<String, Map<String, List<Step>>> contexts = new LinkedHashMap<>();

    public Builder exten(String context, String exten, Step... steps) {
      return exten(context, exten, Arrays.asList(steps));
    }

    public Builder exten(String context, String exten, List<Step> steps) {
      contexts.computeIfAbsent(context, k -> new LinkedHashMap<>()).put(exten, List.copyOf(steps));
      return this;
    }

    public Builder anyExten(String context, Step... steps) {
      return exten(context, ANY, steps);
    }

    public Dialplan build() {
      return new Dialplan(freeze(contexts));
    }
  }
}
