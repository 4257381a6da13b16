/**
 * Turns flow files into a validated {@link io.ariflow.flows.load.FlowCatalog}: YAML with positions, one
 * declaration per step type, and every check the language promises, all reported at once with file:line:col.
 * Plain Java, no event loop: the app runs it on a worker and swaps the catalog atomically.
 */
package io.ariflow.flows.load;
