package io.ariflow.flows.load.yaml;

import io.ariflow.flows.spec.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping in file order (duplicate keys were already reported and dropped by the reader).
 *
 * @param entries the keys and values
 * @param location where the mapping starts
 */
public record YamlMap(List<YamlEntry> entries, Location location) implements YamlNode {

  /** Copies the entries. */
  public YamlMap {
    entries = List.copyOf(entries);
  }

  /** The entry for {@code key}, if present. */
  public Optional<YamlEntry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The value for {@code key}, if present. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }

  @Override
  public String describe() {
    return "a mapping";
  }

  @Override
  public Object plain() {
    Map<String, Object> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.key(), e.value().plain()));
    return map;
  }
}
