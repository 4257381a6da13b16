package io.ariflow.flows.conference.supervision;

import io.ariflow.flows.conference.command.AudioDirection;
import io.ariflow.flows.conference.command.Command;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The media topology commands build: mixing bridges and their channels, and snoop channels with their spy and
 * whisper directions. Fed the commands in order (as Asterisk would run them), it tells who hears whom: a party
 * hears what the other members of its bridge say; a snoop carries its target's voice (spy in) and what the target
 * hears (spy out) into its bridge, and injects what it hears there into the target's ear (whisper out) or voice
 * (whisper in). Not thread-safe; one per session or test.
 */
public final class AudioWiring {

  private record Snoop(String target, AudioDirection spy, AudioDirection whisper) {
  }

  private final Map<String, Set<String>> bridges = new LinkedHashMap<>();
  private final Map<String, Snoop> snoops = new LinkedHashMap<>();

  /** A wiring holding a call: {@code channels} in bridge {@code bridgeId}. */
  public static AudioWiring call(String bridgeId, Collection<String> channels) {
    AudioWiring wiring = new AudioWiring();
    wiring.bridges.put(bridgeId, new LinkedHashSet<>(channels));
    return wiring;
  }

  /** Applies one command; commands that do not change the topology are ignored. */
  public void apply(Command command) {
    if (command instanceof Command.CreateBridge create) {
      bridges.putIfAbsent(create.bridgeId(), new LinkedHashSet<>());
    } else if (command instanceof Command.AddToBridge add) {
      bridges.values().forEach(members -> members.remove(add.channelId()));
      bridges.computeIfAbsent(add.bridgeId(), id -> new LinkedHashSet<>()).add(add.channelId());
    } else if (command instanceof Command.RemoveFromBridge remove) {
      bridges.getOrDefault(remove.bridgeId(), new HashSet<>()).remove(remove.channelId());
    } else if (command instanceof Command.DestroyBridge destroy) {
      bridges.remove(destroy.bridgeId());
    } else if (command instanceof Command.CreateSnoop snoop) {
      snoops.put(snoop.snoopId(), new Snoop(snoop.targetChannelId(), snoop.spy(), snoop.whisper()));
    } else if (command instanceof Command.HangUp hangUp) {
      bridges.values().forEach(members -> members.remove(hangUp.channelId()));
      snoops.remove(hangUp.channelId());
    }
  }

  /** The bridges and their members (a copy). */
  public Map<String, Set<String>> bridges() {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    bridges.forEach((id, members) -> copy.put(id, Set.copyOf(members)));
    return copy;
  }

  /** The snoop channels alive. */
  public Set<String> snoops() {
    return Set.copyOf(snoops.keySet());
  }

  /** Who hears whom among {@code parties} (channels that are people, not snoops). */
  public Hearing hearing(Collection<String> parties) {
    Map<String, Set<String>> talk = new HashMap<>();
    Map<String, Set<String>> hears = new HashMap<>();
    parties.forEach(party -> talk.computeIfAbsent(party, p -> new HashSet<>()).add(party));
    boolean changed = true;
    while (changed) {
      changed = mixBridges(talk, hears) | runSnoops(talk, hears);
    }
    Set<Heard> paths = new HashSet<>();
    for (String listener : parties) {
      for (String speaker : hears.getOrDefault(listener, Set.of())) {
        if (!speaker.equals(listener) && parties.contains(speaker)) {
          paths.add(new Heard(listener, speaker));
        }
      }
    }
    return new Hearing(paths);
  }

  private boolean mixBridges(Map<String, Set<String>> talk, Map<String, Set<String>> hears) {
    boolean changed = false;
    for (Set<String> members : bridges.values()) {
      for (String listener : members) {
        for (String speaker : members) {
          if (!speaker.equals(listener)) {
            changed |= into(hears, listener, talk.getOrDefault(speaker, Set.of()));
          }
        }
      }
    }
    return changed;
  }

  private boolean runSnoops(Map<String, Set<String>> talk, Map<String, Set<String>> hears) {
    boolean changed = false;
    for (Map.Entry<String, Snoop> entry : snoops.entrySet()) {
      String snoop = entry.getKey();
      Snoop spec = entry.getValue();
      if (spec.spy().includesIn()) {
        changed |= into(talk, snoop, talk.getOrDefault(spec.target(), Set.of()));
      }
      if (spec.spy().includesOut()) {
        changed |= into(talk, snoop, hears.getOrDefault(spec.target(), Set.of()));
      }
      if (spec.whisper().includesOut()) {
        changed |= into(hears, spec.target(), hears.getOrDefault(snoop, Set.of()));
      }
      if (spec.whisper().includesIn()) {
        changed |= into(talk, spec.target(), hears.getOrDefault(snoop, Set.of()));
      }
    }
    return changed;
  }

  private static boolean into(Map<String, Set<String>> sets, String key, Set<String> values) {
    return sets.computeIfAbsent(key, k -> new HashSet<>()).addAll(Set.copyOf(values));
  }
}
