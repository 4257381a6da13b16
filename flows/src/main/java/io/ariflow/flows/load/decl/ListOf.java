package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item or a list of items of another kind ({@code media: sound:x} or {@code media: [sound:x, sound:y]}).
 * Every item is read, so every bad item is reported.
 *
 * @param item the kind of each item
 * @param expected what the value must be, for messages
 * @param <T> the item type
 */
public record ListOf<T>(Kind<T> item, String expected) implements Kind<List<T>> {

  @Override
  public Optional<List<T>> read(YamlNode node, String field, ReadContext context) {
    List<YamlNode> nodes = TextKinds.items(node);
    List<T> values = new ArrayList<>();
    boolean ok = true;
    for (YamlNode each : nodes) {
      Optional<T> value = item.read(each, field, context);
      value.ifPresent(values::add);
      ok &= value.isPresent();
    }
    return ok ? Optional.of(values) : Optional.empty();
  }

  @Override
  public Map<String, Object> schema() {
    return Schemas.anyOf(item.schema(), Schemas.arrayOf(item.schema()));
  }
}
