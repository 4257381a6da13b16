package io.ariflow.app.flows;

import io.ariflow.flows.load.LoadResult;

/**
 * One load of the flows: what the loader made of the files, whether it is the built-in demo (the
 * directory held no flow), and the directory as it was read, so the watcher knows what is applied.
 *
 * @param result the catalog of valid flows and every problem
 * @param builtIn true when the directory held no flow file and the built-in demo flow was loaded
 * @param scan the flow files and their digests at load time
 */
record LoadedFlows(LoadResult result, boolean builtIn, DirectoryScan scan) {
}
