package io.ariflow.flows.load.queue;

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
 * One mapping of a queue declaration: reads its keys through the flow loader's value kinds (so values are
 * checked and worded like flow fields), reports unknown keys with a suggestion, and notes where each key was
 * written under the path the core's validator will use for it.
 */
final class QueueSection {

  private final YamlMap map;
  private final String yamlPath;
  private final ReadContext context;
  private final QueuePlaces places;

  private QueueSection(YamlMap map, String yamlPath, ReadContext context, QueuePlaces places) {
    this.map = map;
    this.yamlPath = yamlPath;
    this.context = context;
    this.places = places;
  }

  /** The section at {@code node}, or empty after reporting that it is not a mapping. */
  static Optional<QueueSection> of(YamlNode node, String yamlPath, String expected, ReadContext context,
      QueuePlaces places) {
    if (!(node instanceof YamlMap map)) {
      context.error(node, Messages.wrong(yamlPath, expected, node));
      return Optional.empty();
    }
    return Optional.of(new QueueSection(map, yamlPath, context, places));
  }

  /** Reports every key not in {@code known}; {@code what} names the section in the message. */
  QueueSection onlyKnown(List<String> known, String what) {
    for (YamlEntry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        context.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in " + what + " (fields: "
            + String.join(", ", known) + ")" + DidYouMean.hint(entry.key(), known));
      }
    }
    return this;
  }

  /** The value of {@code key} read as {@code kind}, its place noted under {@code path}; empty when absent or bad. */
  <T> Optional<T> read(String key, String path, Kind<T> kind) {
    return node(key, path).flatMap(node -> kind.read(node, field(key), context));
  }

  /** The value of {@code key}, or {@code fallback} when absent or unusable. */
  <T> T read(String key, String path, Kind<T> kind, T fallback) {
    return read(key, path, kind).orElse(fallback);
  }

  /** The nested section at {@code key}, if written, its place noted under {@code path}. */
  Optional<QueueSection> section(String key, String path, String expected) {
    return node(key, path).flatMap(node -> of(node, field(key), expected, context, places));
  }

  /** The node at {@code key}, its place noted under {@code path}. */
  Optional<YamlNode> node(String key, String path) {
    Optional<YamlNode> node = map.get(key);
    node.ifPresent(n -> places.put(path, n.location()));
    return node;
  }

  /** {@code <section>.<key>}, as messages name a field. */
  String field(String key) {
    return yamlPath.isEmpty() ? key : yamlPath + "." + key;
  }

  ReadContext context() {
    return context;
  }

  QueuePlaces places() {
    return places;
  }

  YamlMap map() {
    return map;
  }
}
