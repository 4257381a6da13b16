package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Durations;
import io.ariflow.sim.dialplan.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a dialled party behaves, played by the simulator's far-end model (dialplan steps on the party's
 * channel): it answers after ringing (and may hang up after talking), is busy, never answers, or is congested.
 */
public sealed interface PartyBehaviour {

  /** Q.850 normal clearing. */
  int NORMAL_CLEARING = 16;

  /** How long a party that never answers keeps ringing: longer than any dial timeout. */
  Duration RING_FOREVER = Duration.ofHours(1);

  /** The far end's dialplan steps. */
  List<Step> steps();

  /**
   * Rings for {@code after}, answers, and hangs up after {@code talk} (or stays until the other side leaves).
   *
   * @param after ringing time
   * @param talk how long it stays once answered; empty until the other side hangs up
   */
  record Answers(Duration after, Optional<Duration> talk) implements PartyBehaviour {
    @Override
    public List<Step> steps() {
      List<Step> steps = new ArrayList<>(List.of(new Step.Ringing(), new Step.Wait(after), new Step.Answer()));
      steps.add(new Step.Wait(talk.orElse(RING_FOREVER)));
      steps.add(new Step.Hangup(NORMAL_CLEARING));
      return steps;
    }

    @Override
    public String toString() {
      return "answers after " + Durations.format(after) + talk.map(t -> ", talks " + Durations.format(t)).orElse("");
    }
  }

  /** Rejects the call (dial status BUSY). */
  record Busy() implements PartyBehaviour {
    @Override
    public List<Step> steps() {
      return List.of(new Step.Busy(10));
    }

    @Override
    public String toString() {
      return "busy";
    }
  }

  /** Rings until the caller gives up (dial status NOANSWER at the dial's timeout). */
  record NoAnswer() implements PartyBehaviour {
    @Override
    public List<Step> steps() {
      return List.of(new Step.Ringing(), new Step.Wait(RING_FOREVER));
    }

    @Override
    public String toString() {
      return "no answer";
    }
  }

  /** The network cannot reach it (dial status CONGESTION). */
  record Congestion() implements PartyBehaviour {
    @Override
    public List<Step> steps() {
      return List.of(new Step.Congestion(10));
    }

    @Override
    public String toString() {
      return "congestion";
    }
  }
}
