package io.ariflow.flows.port.fakes;

import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commands a {@link FakeCallControl} was sent, in order, and how the test wants the next ones answered: refused
 * with a failure kind, or held until the test completes them. What a command does to the fake's world stays with
 * the fake.
 */
final class CommandJournal {

  private final List<FakeCallControl.Command> commands = new ArrayList<>();
  private final Map<String, Deque<FailureKind>> failures = new HashMap<>();
  private final Map<String, Promise<Void>> held = new HashMap<>();

  /** The next {@code op} command fails with {@code kind}. */
  void failNext(String op, FailureKind kind) {
    failures.computeIfAbsent(op, k -> new ArrayDeque<>()).add(kind);
  }

  /** The next {@code op} command waits for the returned promise. */
  Promise<Void> holdNext(String op) {
    Promise<Void> answer = Promise.promise();
    held.put(op, answer);
    return answer;
  }

  /**
   * Writes the command down; the answer the test scripted for it (held or refused), or empty to let the fake
   * answer.
   */
  Optional<Future<Void>> record(String op, Object... args) {
    commands.add(new FakeCallControl.Command(op, Arrays.asList(args)));
    Promise<Void> hold = held.remove(op);
    if (hold != null) {
      return Optional.of(hold.future());
    }
    return Optional.ofNullable(failures.get(op)).map(Deque::poll)
        .map(failure -> Future.failedFuture(new CallControlFailure(failure, op + " refused by the fake")));
  }

  /** Every command, in order. */
  List<FakeCallControl.Command> all() {
    return List.copyOf(commands);
  }

  /** The commands named {@code op}, in order. */
  List<FakeCallControl.Command> all(String op) {
    return commands.stream().filter(c -> c.op().equals(op)).toList();
  }
}
