package io.ariflow.flows.load.conference;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.decl.Kind;
import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * One mapping of a declaration with its dotted path: reads its keys through the flow loader's value kinds,
 * reports unknown keys with a suggestion, and notes where every key was written.
 */
final class Section {

  private final YamlMap map;
  private final String path;
  private final ReadContext context;
  private final FieldPlaces places;

  private Section(YamlMap map, String path, ReadContext context, FieldPlaces places) {
    this.map = map;
    this.path = path;
    this.context = context;
    this.places = places;
  }

  /** The section at {@code node}, or empty after reporting that it is not a mapping. */
  static Optional<Section> of(YamlNode node, String path, String expected, ReadContext context,
      FieldPlaces places) {
    if (!(node instanceof YamlMap map)) {
      context.error(node, Messages.wrong(path, expected, node));
      return Optional.empty();
    }
    places.put(path, node.location());
    return Optional.of(new Section(map, path, context, places));
  }

  /** Reports every key not in {@code known}. */
  Section onlyKnown(List<String> known) {
    for (YamlEntry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        context.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in " + path + " (fields: "
            + String.join(", ", known) + ")" + DidYouMean.hint(entry.key(), known));
      }
    }
    return this;
  }

  /** The value of {@code key} read as {@code kind}; empty when absent or unusable (reported). */
  <T> Optional<T> read(String key, Kind<T> kind) {
    return node(key).flatMap(node -> kind.read(node, path(key), context));
  }

  /** The value of {@code key}, or {@code fallback} when absent or unusable. */
  <T> T read(String key, Kind<T> kind, T fallback) {
    return read(key, kind).orElse(fallback);
  }

  /** The nested section at {@code key}, if written. */
  Optional<Section> section(String key, String expected) {
    return node(key).flatMap(node -> of(node, path(key), expected, context, places));
  }

  /** The node at {@code key}, its place noted. */
  Optional<YamlNode> node(String key) {
    Optional<YamlNode> node = map.get(key);
    node.ifPresent(n -> places.put(path(key), n.location()));
    return node;
  }

  /** {@code <path>.<key>}. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The section's own dotted path. */
  String path() {
    return path;
  }

  YamlMap map() {
    return map;
  }

  ReadContext context() {
    return context;
  }

  FieldPlaces places() {
    return places;
  }
}
