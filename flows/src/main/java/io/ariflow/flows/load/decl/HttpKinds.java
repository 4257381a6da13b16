package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.ScreenSpec;
import io.ariflow.flows.spec.StatusRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kinds used by the integration steps: HTTP status ranges and dial screening. */
final class HttpKinds {

  private static final Pattern RANGE = Pattern.compile("([1-5])xx|([1-5]\\d\\d)(?:-([1-5]\\d\\d))?");
  private static final String EXPECTED = "a status, a class or a range: 2xx, 204, 200-299";

  private HttpKinds() {
  }

  /** {@code 2xx}, {@code 204} or {@code 200-299}. */
  static Kind<StatusRange> statusRange() {
    return new ScalarKind<>(EXPECTED, Schemas.pattern("^([1-5]xx|[1-5][0-9][0-9](-[1-5][0-9][0-9])?)$"),
        (s, field, context) -> {
          Matcher m = RANGE.matcher(s.text());
          Optional<StatusRange> range = m.matches() ? range(m) : Optional.empty();
          if (range.isEmpty()) {
            context.error(s, Messages.wrong(field, EXPECTED, s));
          }
          return range;
        });
  }

  private static Optional<StatusRange> range(Matcher m) {
    if (m.group(1) != null) {
      int family = Integer.parseInt(m.group(1)) * 100;
      return Optional.of(new StatusRange(family, family + 99));
    }
    int from = Integer.parseInt(m.group(2));
    int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
    return from <= to ? Optional.of(new StatusRange(from, to)) : Optional.empty();
  }

  /** {@code {prompt: media, accept: "1"}}. */
  static Kind<ScreenSpec> screen() {
    return new Kind<>() {
      @Override
      public Optional<ScreenSpec> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map)) {
          context.error(node, Messages.wrong(field, "a mapping {prompt: media, accept: key}", node));
          return Optional.empty();
        }
        boolean known = Nested.onlyKnown(map, List.of("prompt", "accept"), "'screen'", context);
        Optional<List<MediaRef>> prompt = Nested.required(map, "prompt", MediaKinds.mediaList(), field,
            "'screen'", context);
        Optional<String> accept = map.get("accept").isEmpty() ? Optional.of("1")
            : ScalarKinds.key().read(map.get("accept").get(), field + ".accept", context);
        if (!known || prompt.isEmpty() || accept.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new ScreenSpec(prompt.get(), accept.get()));
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.of("type", "object", "required", List.of("prompt"), "properties", Schemas.of(
            "prompt", MediaKinds.mediaList().schema(), "accept", ScalarKinds.key().schema()),
            "additionalProperties", false);
      }
    };
  }
}
