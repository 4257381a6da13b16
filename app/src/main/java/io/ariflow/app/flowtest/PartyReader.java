package io.ariflow.app.flowtest;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code parties:}, a mapping of dialled party to behaviour: {@code answer} (after 1 s, stays),
 * {@code busy}, {@code no-answer}, {@code congestion}, or {@code {answer-after: 3s, talk: 30s}}.
 */
final class PartyReader {

  private static final List<String> WORDS = List.of("answer", "busy", "no-answer", "congestion");
  private static final List<String> FIELDS = List.of("answer-after", "talk");
  private static final Duration DEFAULT_RING = Duration.ofSeconds(1);

  private final Problems problems;

  PartyReader(Problems problems) {
    this.problems = problems;
  }

  List<PartyStub> read(YamlMap parties) {
    return parties.entries().stream().map(this::party).flatMap(Optional::stream).toList();
  }

  private Optional<PartyStub> party(YamlEntry entry) {
    if (entry.key().isBlank() || entry.key().contains(" ")) {
      problems.error(entry.keyLocation(), "a party is written as the flow dials it: 104, 104@sales, "
          + "Local/104@sales or PJSIP/2001, not '" + entry.key() + "'");
      return Optional.empty();
    }
    Optional<PartyBehaviour> behaviour = entry.value() instanceof YamlScalar word ? word(word)
        : MapFields.of(entry.value(), "a party", FIELDS, problems).map(this::answers);
    return behaviour.map(b -> new PartyStub(entry.key(), b, entry.keyLocation()));
  }

  private Optional<PartyBehaviour> word(YamlScalar word) {
    return switch (word.text()) {
      case "answer" -> Optional.of(new PartyBehaviour.Answers(DEFAULT_RING, Optional.empty()));
      case "busy" -> Optional.of(new PartyBehaviour.Busy());
      case "no-answer" -> Optional.of(new PartyBehaviour.NoAnswer());
      case "congestion" -> Optional.of(new PartyBehaviour.Congestion());
      default -> {
        problems.error(word.location(), "a party is " + String.join(", ", WORDS)
            + " or {answer-after: 3s, talk: 30s}, not " + word.describe() + DidYouMean.hint(word.text(), WORDS));
        yield Optional.empty();
      }
    };
  }

  private PartyBehaviour answers(MapFields f) {
    return new PartyBehaviour.Answers(f.duration("answer-after").orElse(DEFAULT_RING), f.duration("talk"));
  }
}
