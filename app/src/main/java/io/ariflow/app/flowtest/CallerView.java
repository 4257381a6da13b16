package io.ariflow.app.flowtest;

import java.util.List;

/**
 * What the test's caller experienced, as the simulator saw it on the caller's channel.
 *
 * @param channelId the caller's channel
 * @param prompts the media started on the channel, in order ({@code sound:main-menu}, {@code digits:42})
 * @param leftStasis whether the channel has left the application (or is gone)
 * @param endCause the hangup cause once the channel is destroyed ({@code Normal Clearing}); empty while it lives
 * @param pendingSteps script steps not done (yet)
 * @param problems script actions the simulator refused
 */
record CallerView(String channelId, List<String> prompts, boolean leftStasis, String endCause,
    List<String> pendingSteps, List<String> problems) {

  CallerView {
    prompts = List.copyOf(prompts);
    pendingSteps = List.copyOf(pendingSteps);
    problems = List.copyOf(problems);
  }
}
