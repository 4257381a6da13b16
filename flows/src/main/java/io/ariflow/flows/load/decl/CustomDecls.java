package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.Durations;
import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.CustomSpec;
import io.ariflow.flows.spec.StepSpec;
import io.ariflow.flows.steps.CustomParameter;
import io.ariflow.flows.steps.CustomStepType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a step type registered through {@code ServiceLoader} into a declaration, so its parameters get the
 * same checks as built-in fields (required, unknown, shape) and its outcomes the same routing rules.
 */
final class CustomDecls {

  private CustomDecls() {
  }

  static StepDecl decl(CustomStepType type) {
    List<Field<?>> fields = type.parameters().stream().<Field<?>>map(CustomDecls::field).toList();
    return new StepDecl(type.name(), "Custom step " + type.name() + ".", fields, f -> build(type, fields, f));
  }

  private static Field<YamlNode> field(CustomParameter p) {
    Kind<YamlNode> kind = shaped(p.kind());
    return p.required() ? Field.required(p.name(), kind, p.description())
        : Field.optional(p.name(), kind, p.description());
  }

  private static StepSpec build(CustomStepType type, List<Field<?>> fields, StepFields f) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (Field<?> field : fields) {
      f.node().get(field.name()).ifPresent(node -> params.put(field.name(), node.plain()));
    }
    return new CustomSpec(f.common(), type.name(), params, type.outcomes(), type.defaultOutcome());
  }

  /** A kind that checks the YAML shape of a parameter and keeps the node. */
  private static Kind<YamlNode> shaped(CustomParameter.Kind shape) {
    return new Kind<>() {
      @Override
      public Optional<YamlNode> read(YamlNode node, String field, ReadContext context) {
        boolean fits = fits(shape, node);
        if (!fits) {
          context.error(node, Messages.wrong(field, describe(shape), node));
        }
        return fits ? Optional.of(node) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return schemaOf(shape);
      }
    };
  }

  private static boolean fits(CustomParameter.Kind shape, YamlNode node) {
    ScalarType type = node instanceof YamlScalar s ? s.type() : null;
    return switch (shape) {
      case TEXT -> type != null && type != ScalarType.NULL;
      case NUMBER -> type == ScalarType.INTEGER || type == ScalarType.DECIMAL;
      case BOOLEAN -> type == ScalarType.BOOLEAN;
      case DURATION -> type != null && Durations.parse(((YamlScalar) node).text())
          .isPresent();
      case LIST -> node instanceof YamlList;
      case MAP -> node instanceof YamlMap;
      case ANY -> true;
    };
  }

  private static String describe(CustomParameter.Kind shape) {
    return switch (shape) {
      case TEXT -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case DURATION -> "a duration such as 5s";
      case LIST -> "a list";
      case MAP -> "a mapping";
      case ANY -> "any value";
    };
  }

  private static Map<String, Object> schemaOf(CustomParameter.Kind shape) {
    return switch (shape) {
      case TEXT -> Schemas.scalarText();
      case NUMBER -> Schemas.type("number");
      case BOOLEAN -> Schemas.type("boolean");
      case DURATION -> ScalarKinds.duration().schema();
      case LIST -> Schemas.type("array");
      case MAP -> Schemas.type("object");
      case ANY -> Schemas.of();
    };
  }
}
