package io.ariflow.flows.load.yaml;

import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence.
 *
 * @param items the items in order
 * @param location where the sequence starts
 */
public record YamlList(List<YamlNode> items, Location location) implements YamlNode {

  /** Copies the items. */
  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }

  @Override
  public Object plain() {
    List<Object> list = new ArrayList<>();
    items.forEach(i -> list.add(i.plain()));
    return list;
  }
}
