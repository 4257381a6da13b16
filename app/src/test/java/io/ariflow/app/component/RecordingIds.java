package io.ariflow.app.component;

import io.ariflow.flows.port.IdGenerator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Random ids, prefixed with their kind and remembered, so a test can check what a run left behind. */
final class RecordingIds implements IdGenerator {

  private final Queue<String> issued = new ConcurrentLinkedQueue<>();

  @Override
  public String next(String kind) {
    String id = kind + "-" + UUID.randomUUID();
    issued.add(id);
    return id;
  }

  /** The ids issued for {@code kind} ({@code playback}, {@code channel}, {@code bridge}...). */
  List<String> of(String kind) {
    return issued.stream().filter(id -> id.startsWith(kind + "-")).toList();
  }
}
