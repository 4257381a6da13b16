package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading one step's fields found besides its values: problems, and the step ids, variables and prompts
 * it mentions with their places, which the flow-wide checks need once every step is read. One per step.
 */
public final class ReadContext {

  private final Problems problems;
  private final List<TargetRef> targets = new ArrayList<>();
  private final List<VarRead> reads = new ArrayList<>();
  private final List<VarWrite> writes = new ArrayList<>();
  private final List<SoundRef> sounds = new ArrayList<>();
  private final Map<String, Location> fields = new HashMap<>();

  /** A context reporting into {@code problems}. */
  public ReadContext(Problems problems) {
    this.problems = problems;
  }

  /** Reports an error at {@code node}. */
  public void error(YamlNode node, String message) {
    problems.error(node.location(), message);
  }

  /** Reports an error at {@code location}. */
  public void error(Location location, String message) {
    problems.error(location, message);
  }

  /** Reports a warning at {@code location}. */
  public void warning(Location location, String message) {
    problems.warning(location, message);
  }

  /** The problems collector (to mark and compare counts). */
  public Problems problems() {
    return problems;
  }

  /** Notes a step id written at {@code location}. */
  public void target(String via, String target, Location location) {
    targets.add(new TargetRef(via, target, location));
  }

  /** Notes a variable read. */
  public void read(List<String> path, Location location) {
    reads.add(new VarRead(path, location));
  }

  /** Notes a flow variable set. */
  public void write(String name, Location location) {
    writes.add(new VarWrite(name, location));
  }

  /** Notes a literal prompt name. */
  public void sound(String name, Location location) {
    sounds.add(new SoundRef(name, location));
  }

  /** Notes where a field's value is written, for checks that run after the step is built. */
  public void field(String name, Location location) {
    fields.put(name, location);
  }

  /** Where a field's value is written, if it was. */
  public Optional<Location> fieldLocation(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** The step ids mentioned. */
  public List<TargetRef> targets() {
    return List.copyOf(targets);
  }

  /** The variables read. */
  public List<VarRead> reads() {
    return List.copyOf(reads);
  }

  /** The flow variables set. */
  public List<VarWrite> writes() {
    return List.copyOf(writes);
  }

  /** The literal prompt names. */
  public List<SoundRef> sounds() {
    return List.copyOf(sounds);
  }
}
