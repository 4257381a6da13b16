package io.ariflow.sim.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What outlives an Asterisk restart: recordings on disk and the astdb entries behind ARI device states
 * and mailboxes. One instance per simulator, handed to each new core.
 */
public final class Persisted {

  final Map<String, StoredRecording> recordings = new LinkedHashMap<>();
  final Map<String, String> deviceStates = new LinkedHashMap<>();
  final Map<String, int[]> mailboxes = new LinkedHashMap<>();
  int generation;

  /** Called for each new core; the generation varies the id generator's seed so UUIDs differ after a restart. */
  int nextGeneration() {
    return generation++;
  }
}
