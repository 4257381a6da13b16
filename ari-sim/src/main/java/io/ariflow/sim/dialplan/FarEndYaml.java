package io.ariflow.sim.dialplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads far ends from YAML:
 * <pre>
 * contexts:
 *   far-ends:
 *     sales: [ring, {answer-after: 2s}, {send-dtmf: "1#"}, {hangup-after: 5s}]
 *     "*": [answer, echo]
 * </pre>
 */
public final class FarEndYaml {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private FarEndYaml() {}

  public static Dialplan read(Path file) {
    try {
      return parse(YAML.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dialplan parse(String yaml) {
    try {
      return parse(YAML.readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Dialplan parse(JsonNode root) {
    Dialplan.Builder builder = Dialplan.builder();
    JsonNode contexts = root.path("contexts");
    for (Iterator<Map.Entry<String, JsonNode>> it = contexts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> ctx = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ex = ctx.getValue().fields(); ex.hasNext(); ) {
        Map.Entry<String, JsonNode> exten = ex.next();
        builder.exten(ctx.getKey(), exten.getKey(), steps(ctx.getKey() + "/" + exten.getKey(), exten.getValue()));
      }
    }
    return builder.build();
  }

  private static List<Step> steps(String where, JsonNode actions) {
    if (!actions.isArray()) {
      throw new IllegalArgumentException(where + ": expected a list of actions");
    }
    List<Step> steps = new ArrayList<>();
    for (JsonNode action : actions) {
      if (action.isTextual()) {
        steps.addAll(FarEnds.action(action.asText(), null));
      } else if (action.isObject() && action.size() == 1) {
        Map.Entry<String, JsonNode> only = action.fields().next();
        steps.addAll(FarEnds.action(only.getKey(), only.getValue().asText()));
      } else {
        throw new IllegalArgumentException(where + ": an action is a name or a one-key map, got " + action);
      }
    }
    return steps;
  }
}
