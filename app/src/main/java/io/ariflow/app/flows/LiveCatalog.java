package io.ariflow.app.flows;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current {@link HostedCatalog}, read and replaced only on the engine's context: each load is merged
 * ({@link CatalogMerge}), its problems logged, and the result swapped in as one immutable value. Calls in
 * progress hold the catalog they started with and never see the swap.
 */
final class LiveCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(LiveCatalog.class);

  private final Path dir;
  private HostedCatalog current;

  LiveCatalog(Path dir) {
    this.dir = dir;
  }

  /** The catalog new calls start with; null before the first load. */
  HostedCatalog current() {
    return current;
  }

  /** Merges {@code loaded} into the current catalog and swaps the result in. */
  HostedCatalog apply(LoadedFlows loaded) {
    ProblemLog.log(loaded.result());
    CatalogMerge.Merged merged = CatalogMerge.merge(current, loaded);
    long generation = current == null ? 1 : current.generation() + 1;
    current = new HostedCatalog(merged.catalog(), loaded.builtIn(), generation);
    merged.kept().forEach(id -> LOG.error("flow '{}' changed but does not validate (errors above): refused; "
        + "its previous version keeps running", id));
    merged.removed().forEach(id -> LOG.info("flow '{}' was removed from {}", id, dir));
    merged.keptDeclarations().forEach(what -> LOG.error("{} changed but does not validate (errors above): refused; "
        + "its previous declaration stays in effect", what));
    if (loaded.builtIn()) {
      LOG.info("no flow files in {}: every call runs the built-in demo flow (answer, hello-world, hang up)", dir);
    } else {
      LOG.info("flows #{} from {}: {} running {}{}", generation, dir, merged.catalog().size(),
          merged.catalog().flows().keySet(), summary(loaded));
    }
    return current;
  }

  private static String summary(LoadedFlows loaded) {
    int errors = loaded.result().errors().size();
    int warnings = loaded.result().warnings().size();
    if (errors == 0 && warnings == 0) {
      return "";
    }
    return "; " + errors + " error(s) and " + warnings + " warning(s) logged above"
        + (errors > 0 ? ": flows with errors are not loaded" : "");
  }
}
