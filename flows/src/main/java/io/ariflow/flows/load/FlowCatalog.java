package io.ariflow.flows.load;

import io.ariflow.flows.spec.FlowSpec;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The flows that loaded without errors, by id, and the files they came from. Immutable, so the engine can
 * swap a new catalog in atomically on reload while running calls keep the one they started with.
 *
 * @param flows flow id -> flow, in load order
 * @param files the files that were read (also those whose flows had errors)
 * @param declarations the conference rooms and supervision rules declared next to the flows
 */
public record FlowCatalog(Map<String, FlowSpec> flows, List<Path> files, Declarations declarations) {

  /** Copies the map (keeping its order) and the file list. */
  public FlowCatalog {
    flows = Collections.unmodifiableMap(new LinkedHashMap<>(flows));
    files = List.copyOf(files);
    Objects.requireNonNull(declarations, "declarations");
  }

  /** A catalog of flows without declarations. */
  public FlowCatalog(Map<String, FlowSpec> flows, List<Path> files) {
    this(flows, files, Declarations.NONE);
  }

  /** A catalog with no flows. */
  public static FlowCatalog empty() {
    return new FlowCatalog(Map.of(), List.of());
  }

  /** The flow with this id, if it loaded. */
  public Optional<FlowSpec> flow(String id) {
    return Optional.ofNullable(flows.get(id));
  }

  /** All loaded flows, in load order. */
  public Collection<FlowSpec> all() {
    return flows.values();
  }

  /** How many flows loaded. */
  public int size() {
    return flows.size();
  }
}
