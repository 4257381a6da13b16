package io.ariflow.sim.script;

import java.util.List;

/**
 * How one scripted call went: its channel, the event types it saw, the steps it performed, and problems
 * (a call that could not be placed, an action the simulator refused).
 *
 * @param label e.g. {@code call 1 #2 to 555}
 * @param channelId the simulator's channel id (empty if the call was never placed)
 * @param events event types about the channel, in order
 * @param stepsDone the script steps performed, in order
 * @param problems what went wrong, if anything
 */
public record CallOutcome(String label, String channelId, List<String> events, List<String> stepsDone,
    List<String> problems) {

  public CallOutcome {
    events = List.copyOf(events);
    stepsDone = List.copyOf(stepsDone);
    problems = List.copyOf(problems);
  }
}
