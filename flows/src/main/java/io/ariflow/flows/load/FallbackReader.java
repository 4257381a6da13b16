package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.RefKinds;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.Fallback;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code fallback:}: exactly one of {@code hangup: <cause>}, {@code continue: {context, extension,
 * priority}} (each optional) or {@code goto: <step>}.
 */
final class FallbackReader {

  static final List<String> FORMS = List.of("hangup", "continue", "goto");
  private static final String EXPECTED = "one of {hangup: normal}, {continue: {context: x}}, {goto: step}";

  private FallbackReader() {
  }

  static Optional<Fallback> read(YamlNode node, ReadContext context) {
    if (!(node instanceof YamlMap map) || map.entries().isEmpty()) {
      context.error(node, Messages.wrong("fallback", EXPECTED, node));
      return Optional.empty();
    }
    if (map.entries().size() > 1) {
      context.error(node, "'fallback' takes exactly one of hangup, continue, goto (found "
          + String.join(", ", map.entries().stream().map(YamlEntry::key).toList()) + ")");
      return Optional.empty();
    }
    YamlEntry form = map.entries().get(0);
    if (form.key().equals("hangup")) {
      return ScalarKinds.choice(Choices.of(Choices.HANGUP_CAUSES)).read(form.value(), "fallback.hangup", context)
          .map(Fallback.Hangup::new);
    }
    if (form.key().equals("goto")) {
      return RefKinds.step().read(form.value(), "fallback.goto", context).map(Fallback.Goto::new);
    }
    if (form.key().equals("continue")) {
      return continueTo(form.value(), context);
    }
    context.error(form.keyLocation(), "unknown fallback '" + form.key() + "' (" + EXPECTED + ")"
        + DidYouMean.hint(form.key(), FORMS));
    return Optional.empty();
  }

  private static Optional<Fallback> continueTo(YamlNode node, ReadContext context) {
    if (node instanceof YamlMap map) {
      List<String> known = List.of("context", "extension", "priority");
      map.entries().stream().filter(e -> !known.contains(e.key())).forEach(e -> context.error(e.keyLocation(),
          "unknown field '" + e.key() + "' in fallback.continue (fields: context, extension, priority)"
              + DidYouMean.hint(e.key(), known)));
      Optional<String> dialContext = map.get("context").flatMap(n -> text(n, "context", context));
      Optional<String> extension = map.get("extension").flatMap(n -> text(n, "extension", context));
      OptionalInt priority = map.get("priority").flatMap(n -> ScalarKinds.integer(1).read(n,
          "fallback.continue.priority", context)).map(OptionalInt::of).orElse(OptionalInt.empty());
      return Optional.of(new Fallback.Continue(dialContext, extension, priority));
    }
    if (node instanceof YamlScalar s && s.type() == ScalarType.NULL) {
      return Optional.of(Fallback.continueAfterStasis());
    }
    context.error(node, Messages.wrong("fallback.continue", "a mapping {context, extension, priority}", node));
    return Optional.empty();
  }

  private static Optional<String> text(YamlNode node, String field, ReadContext context) {
    return ScalarKinds.text("text").read(node, "fallback.continue." + field, context);
  }
}
