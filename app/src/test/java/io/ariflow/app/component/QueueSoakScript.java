package io.ariflow.app.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What happens during the queue soak, drawn once from a seed so every run is the same: callers arriving over
 * the hour (a Poisson process: given its count, arrival times are uniform order statistics), some of whom hang
 * up after a while (abandon while waiting, or end the talk themselves) or press the exit key; phones that answer
 * after a few seconds and talk a few minutes, two that are always busy and one that never answers; dynamic
 * agents pausing, logging out and in.
 */
final class QueueSoakScript {

  static final int CALLERS = 200;
  static final int AGENTS = 20;
  static final Duration HOUR = Duration.ofHours(1);

  /** One caller: when they dial in, and whether they hang up or press the exit key, so long after dialling. */
  record CallerPlan(int index, Duration arrival, Optional<Duration> hangUpAfter, Optional<Duration> exitAfter) {

    String number() {
      return "555" + (1000 + index);
    }
  }

  /** What an agent does. */
  enum Action { PAUSE, UNPAUSE, LOGOUT, LOGIN }

  /** An operation on an agent at a moment of the hour. */
  record AgentMove(Duration at, String agent, Action action) {
  }

  private QueueSoakScript() {
  }

  static List<CallerPlan> callers(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Long> arrivals = IntStream.range(0, CALLERS).mapToObj(i -> random.nextLong(HOUR.toMillis())).sorted()
        .toList();
    List<CallerPlan> plans = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      double kind = random.nextDouble();
      Optional<Duration> hangUp = kind < 0.25 ? Optional.of(Duration.ofSeconds(20 + random.nextInt(200)))
          : Optional.empty();
      Optional<Duration> exit = kind > 0.96 ? Optional.of(Duration.ofSeconds(10 + random.nextInt(50)))
          : Optional.empty();
      plans.add(new CallerPlan(i, Duration.ofMillis(arrivals.get(i)), hangUp, exit));
    }
    return plans;
  }

  /** Phones 2001..2020: 2001 and 2002 always busy, 2003 never answers, the others answer and talk minutes. */
  static String phones() {
    return IntStream.rangeClosed(1, AGENTS).mapToObj(i -> "\"%d\": %s".formatted(2000 + i, behaviour(i)))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String behaviour(int i) {
    if (i <= 2) {
      return "[busy]";
    }
    return i == 3 ? "[ring]" : "[ring, {answer-after: %ds}, {hangup-after: %ds}]".formatted(2 + i % 4,
        240 + (53 * i) % 360);
  }

  static List<String> endpoints() {
    return IntStream.rangeClosed(1, AGENTS).mapToObj(i -> String.valueOf(2000 + i)).toList();
  }

  /** Members 2001..2016 are static; agents a17..a20 log in on phones 2017..2020. */
  static String queue() {
    String members = IntStream.rangeClosed(1, 16).mapToObj(i -> "PJSIP/" + (2000 + i))
        .collect(Collectors.joining(", "));
    String agents = IntStream.rangeClosed(17, AGENTS).mapToObj(i -> "a" + i).collect(Collectors.joining(", "));
    return """
        queue: support
        strategy: leastrecent
        ringTimeout: 15s
        retry: 3s
        wrapUp: 5s
        maxWait: 5m
        autoPause: {after: 3, busy: true, reason: Auto-Pause}
        exitKeys: "0"
        members: [%s]
        agents: [%s]
        """.formatted(members, agents);
  }

  /** Pauses, logouts and logins during the hour. */
  static List<AgentMove> agentMoves() {
    return List.of(new AgentMove(Duration.ofMinutes(10), "PJSIP/2005", Action.PAUSE),
        new AgentMove(Duration.ofMinutes(15), "a17", Action.PAUSE),
        new AgentMove(Duration.ofMinutes(20), "a18", Action.LOGOUT),
        new AgentMove(Duration.ofMinutes(22), "PJSIP/2005", Action.UNPAUSE),
        new AgentMove(Duration.ofMinutes(25), "a17", Action.UNPAUSE),
        new AgentMove(Duration.ofMinutes(30), "a18", Action.LOGIN),
        new AgentMove(Duration.ofMinutes(50), "a19", Action.LOGOUT),
        new AgentMove(Duration.ofMinutes(55), "a20", Action.PAUSE));
  }
}
