package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.engine.QueueCommand.Announce;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link Announce} into the ARI media app_queue would play, with Asterisk's stock queue sounds:
 * {@code queue-youarenext}, or {@code queue-thereare} N {@code queue-callswaiting}, or {@code queue-quantity1}
 * N {@code queue-quantity2}; then {@code queue-holdtime} N {@code queue-minute(s)} N {@code queue-seconds};
 * then {@code queue-thankyou}. The queue step plays the list (numbers as {@code number:} media).
 */
public final class AnnouncementScript {

  private AnnouncementScript() {
  }

  /** The media URIs to play for {@code announce}, in order. */
  public static List<String> media(Announce announce) {
    List<String> media = new ArrayList<>();
    switch (announce.said()) {
      case YOU_ARE_NEXT -> media.add("sound:queue-youarenext");
      case POSITION -> media.addAll(List.of("sound:queue-thereare", "number:" + announce.number(),
          "sound:queue-callswaiting"));
      case MORE_THAN -> media.addAll(List.of("sound:queue-quantity1", "number:" + announce.number(),
          "sound:queue-quantity2"));
      default -> { }
    }
    announce.estimate().ifPresent(wait -> {
      media.add("sound:queue-holdtime");
      if (wait.minutes() >= 1) {
        media.add("number:" + wait.minutes());
        media.add(wait.minutes() == 1 ? "sound:queue-minute" : "sound:queue-minutes");
      }
      if (wait.seconds() >= 1) {
        media.add("number:" + wait.seconds());
        media.add("sound:queue-seconds");
      }
    });
    if (announce.thanks()) {
      media.add("sound:queue-thankyou");
    }
    return media;
  }
}
