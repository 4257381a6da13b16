package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.definition.AnnouncementPolicy;
import io.ariflow.flows.queue.definition.HoldTimeAnnouncement;
import io.ariflow.flows.queue.definition.PositionAnnouncement;
import io.ariflow.flows.queue.engine.AnnouncementScript;
import io.ariflow.flows.queue.engine.QueueCommand.Announce;
import io.ariflow.flows.queue.engine.QueueCommand.PlayPeriodic;
import io.ariflow.flows.queue.engine.QueueCommand.PositionSaid;
import io.ariflow.flows.queue.engine.QueueCommand.WaitEstimate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Position, estimated-wait and periodic announcements: their values, their timing, and the prompts the queue
 * step plays for them (app_queue's say_position and say_periodic_announcement).
 */
class AnnouncementsTest {

  private static AnnouncementPolicy every30s() {
    return AnnouncementPolicy.defaults().withFrequency(Duration.ofSeconds(30), Duration.ofSeconds(15));
  }

  /** Agent a paused; c0 waits 400 s and is answered, so the hold-time average is 100 s; a stays busy. */
  private static QueueHarness busyQueue(AnnouncementPolicy policy) {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a").announcements(policy).build());
    h.send(new AgentMessage.Pause("a", "x"));
    h.join("c0");
    h.advanceSeconds(400);
    h.send(new AgentMessage.Unpause("a"));
    h.answer("c0", "a");
    assertEquals(Duration.ofSeconds(100), h.statistics().holdTimeEstimate());
    h.clear();
    return h;
  }

  private static List<Announce> to(QueueHarness h, String call) {
    return h.commands(Announce.class).stream().filter(a -> a.callId().equals(call)).toList();
  }

  @Test
  void a_waiting_caller_hears_its_position_and_wait_at_once_then_every_frequency_and_on_position_changes() {
    QueueHarness h = busyQueue(every30s());
    h.join("c1");
    h.join("c2");
    assertEquals(List.of(new Announce("c1", 1, PositionSaid.YOU_ARE_NEXT, 0, Optional.empty(), true)), to(h, "c1"));
    assertEquals(List.of(new Announce("c2", 2, PositionSaid.POSITION, 2, Optional.of(new WaitEstimate(2, 0)), true)),
        to(h, "c2"));
    h.advanceSeconds(29);
    assertEquals(2, h.commands(Announce.class).size());
    h.advanceSeconds(1);
    assertEquals(new Announce("c2", 2, PositionSaid.POSITION, 2, Optional.of(new WaitEstimate(1, 0)), true),
        to(h, "c2").get(1));
    h.advanceSeconds(5);
    h.hangUp("c1");
    h.advanceSeconds(9);
    assertEquals(2, to(h, "c2").size(), "at least min-announce-frequency apart");
    h.advanceSeconds(1);
    assertEquals(new Announce("c2", 1, PositionSaid.YOU_ARE_NEXT, 0, Optional.empty(), true), to(h, "c2").get(2));
  }

  @Test
  void the_hold_time_may_be_said_only_once_and_rounded_seconds_come_with_it() {
    QueueHarness h = busyQueue(every30s().withPosition(PositionAnnouncement.YES, 5, HoldTimeAnnouncement.ONCE, 15));
    h.join("c1");
    h.join("c2");
    h.advanceSeconds(30);
    List<Announce> heard = to(h, "c2");
    assertEquals(Optional.of(new WaitEstimate(2, 0)), heard.get(0).estimate());
    assertEquals(Optional.empty(), heard.get(1).estimate());
    QueueHarness r = busyQueue(every30s().withPosition(PositionAnnouncement.NO, 5, HoldTimeAnnouncement.YES, 5));
    r.join("c1");
    r.advanceSeconds(7);
    r.join("c2");
    assertEquals(new Announce("c2", 2, PositionSaid.NONE, 0, Optional.of(new WaitEstimate(2, 10)), true),
        to(r, "c2").get(0));
  }

  @Test
  void beyond_the_position_limit_the_number_is_dropped_or_replaced_by_more_than() {
    QueueHarness limit = busyQueue(every30s().withPosition(PositionAnnouncement.LIMIT, 2, HoldTimeAnnouncement.NO, 0));
    QueueHarness more = busyQueue(every30s().withPosition(PositionAnnouncement.MORE, 2, HoldTimeAnnouncement.NO, 0));
    for (String call : List.of("c1", "c2", "c3")) {
      limit.join(call);
      more.join(call);
    }
    assertTrue(to(limit, "c3").isEmpty(), "nothing to say at position 3 with limit 2 and no hold time");
    assertEquals(PositionSaid.POSITION, to(limit, "c2").get(0).said());
    assertEquals(new Announce("c3", 3, PositionSaid.MORE_THAN, 2, Optional.empty(), true), to(more, "c3").get(0));
  }

  @Test
  void periodic_prompts_play_in_turn_every_frequency_but_not_to_a_caller_being_offered() {
    AnnouncementPolicy policy = AnnouncementPolicy.defaults()
        .withPeriodic(List.of("queue-periodic-announce", "promo"), Duration.ofSeconds(45), false);
    QueueHarness h = busyQueue(policy);
    h.join("c1");
    h.advanceSeconds(135);
    assertEquals(List.of("queue-periodic-announce", "promo", "queue-periodic-announce"),
        h.commands(PlayPeriodic.class).stream().map(PlayPeriodic::prompt).toList());
    h.end("c0", io.ariflow.flows.queue.engine.EndedBy.CALLER);
    h.advanceSeconds(45);
    assertEquals(3, h.commands(PlayPeriodic.class).size(), "c1 is ringing");
  }

  @Test
  void random_periodic_prompts_come_from_the_seeded_generator() {
    AnnouncementPolicy policy = AnnouncementPolicy.defaults()
        .withPeriodic(List.of("p1", "p2", "p3"), Duration.ofSeconds(10), true);
    QueueHarness h = busyQueue(policy);
    h.join("c1");
    h.advanceSeconds(200);
    assertEquals(20, h.commands(PlayPeriodic.class).size());
    assertEquals(3, h.commands(PlayPeriodic.class).stream().map(PlayPeriodic::prompt).distinct().count());
  }

  @Test
  void announcements_turn_into_app_queue_prompts() {
    assertEquals(List.of("sound:queue-youarenext", "sound:queue-thankyou"),
        AnnouncementScript.media(new Announce("c", 1, PositionSaid.YOU_ARE_NEXT, 0, Optional.empty(), true)));
    assertEquals(List.of("sound:queue-thereare", "number:3", "sound:queue-callswaiting", "sound:queue-holdtime",
            "number:1", "sound:queue-minute", "number:30", "sound:queue-seconds", "sound:queue-thankyou"),
        AnnouncementScript.media(new Announce("c", 3, PositionSaid.POSITION, 3,
            Optional.of(new WaitEstimate(1, 30)), true)));
    assertEquals(List.of("sound:queue-quantity1", "number:5", "sound:queue-quantity2", "sound:queue-holdtime",
            "number:4", "sound:queue-minutes"),
        AnnouncementScript.media(new Announce("c", 9, PositionSaid.MORE_THAN, 5,
            Optional.of(new WaitEstimate(4, 0)), false)));
  }
}
