package io.ariflow.flows.load.decl;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the value maps of {@link ScalarKinds#choice} from lists and enums. */
public final class Choices {

  private Choices() {
  }

  /** Each name maps to itself. */
  public static Map<String, String> of(List<String> names) {
    Map<String, String> map = new LinkedHashMap<>();
    names.forEach(n -> map.put(n, n));
    return map;
  }

  /** Each enum constant, keyed by {@code name}. */
  public static <E extends Enum<E>> Map<String, E> of(Class<E> type, Function<E, String> name) {
    Map<String, E> map = new LinkedHashMap<>();
    Arrays.stream(type.getEnumConstants()).forEach(e -> map.put(name.apply(e), e));
    return map;
  }

  /** The hangup reasons ARI accepts on DELETE /channels/{id}. */
  public static final List<String> HANGUP_CAUSES = List.of("normal", "busy", "congestion", "no_answer",
      "timeout", "rejected", "unallocated", "normal_unspecified", "number_incomplete", "codec_mismatch",
      "interworking", "failure", "answered_elsewhere");
}
