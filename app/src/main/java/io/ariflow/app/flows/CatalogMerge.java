package io.ariflow.app.flows;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.spec.FlowSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the catalog after a reload. A flow that loaded is taken in its new version. A flow that no
 * longer loads because its file now has errors is refused: its previous version keeps running. A flow
 * whose file is gone, or whose file loads cleanly without it, was removed on purpose. Room and supervision
 * declarations follow the same rule ({@link DeclarationMerge}).
 */
final class CatalogMerge {

  /**
   * The merged flows and what happened to each flow that did not simply load.
   *
   * @param catalog the flows to run from now on
   * @param kept ids of flows whose new version was refused (the previous one keeps running)
   * @param removed ids of flows that are gone
   * @param keptDeclarations declarations whose new version was refused ({@code room 'team-*'}, {@code supervision})
   */
  record Merged(FlowCatalog catalog, List<String> kept, List<String> removed, List<String> keptDeclarations) {
  }

  private CatalogMerge() {
  }

  static Merged merge(HostedCatalog previous, LoadedFlows next) {
    FlowCatalog loaded = next.result().catalog();
    if (previous == null || previous.builtIn() || next.builtIn()) {
      return new Merged(loaded, List.of(), List.of(), List.of());
    }
    Set<String> filesWithErrors = next.result().errors().stream().map(p -> p.location().file())
        .collect(Collectors.toSet());
    Map<String, FlowSpec> flows = new LinkedHashMap<>(loaded.flows());
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (FlowSpec old : previous.flows().all()) {
      if (flows.containsKey(old.id())) {
        continue;
      }
      if (filesWithErrors.contains(old.location().file())) {
        flows.put(old.id(), old);
        kept.add(old.id());
      } else {
        removed.add(old.id());
      }
    }
    DeclarationMerge.Merged declarations = DeclarationMerge.merge(previous.flows().declarations(),
        loaded.declarations(), filesWithErrors);
    return new Merged(new FlowCatalog(flows, loaded.files(), declarations.declarations()), kept, removed,
        declarations.kept());
  }
}
