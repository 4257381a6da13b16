package io.ariflow.flows.load.queue;

import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.queue.definition.DefinitionProblem;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueValidator;
import io.ariflow.flows.queue.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the {@code queue:} documents of one load, then checks them together: every problem
 * {@link QueueValidator} finds, placed at the field that caused it; a queue name declared twice; a static member
 * ringing different endpoints in two queues; callbacks without an endpoint to dial. A queue with an error is left
 * out of the catalog, like a flow with an error.
 */
public final class QueueDeclarations {

  private final List<ReadQueue> read = new ArrayList<>();
  private final Problems problems;
  private final ReadContext context;
  private final Set<String> strategies;

  /** A collector reporting into {@code problems}, knowing the built-in strategies. */
  public QueueDeclarations(Problems problems) {
    this(problems, StrategyRegistry.standard().names());
  }

  /** A collector knowing the strategies named {@code strategies}. */
  public QueueDeclarations(Problems problems, Set<String> strategies) {
    this.problems = problems;
    this.context = new ReadContext(problems);
    this.strategies = Set.copyOf(strategies);
  }

  /** Whether {@code document} declares a queue rather than a flow. */
  public static boolean isQueue(YamlNode document) {
    return document instanceof YamlMap map && map.get("flow").isEmpty() && map.get("queue").isPresent();
  }

  /** Reads one queue document. */
  public void read(YamlMap document) {
    read.add(QueueDocumentReader.read(document, context));
  }

  /** The queue names read so far (valid or not), for suggestions. */
  public List<String> names() {
    return read.stream().map(ReadQueue::name).filter(name -> !name.isEmpty()).toList();
  }

  /** The valid queues, after reporting every problem. */
  public QueueCatalog finish() {
    Map<String, ReadQueue> byName = new LinkedHashMap<>();
    Map<String, String> endpoints = new LinkedHashMap<>();
    List<DeclaredQueue> valid = new ArrayList<>();
    for (ReadQueue queue : read) {
      ReadQueue first = byName.putIfAbsent(queue.name(), queue);
      if (first != null) {
        problems.error(queue.places().of("name"), "queue '" + queue.name() + "' is already declared at "
            + where(first, queue) + "; remove or rename one of them");
        continue;
      }
      boolean ok = validate(queue) & endpointsAgree(queue, endpoints) & callbackDials(queue);
      if (ok && queue.clean()) {
        valid.add(queue.declared());
      }
    }
    return new QueueCatalog(valid);
  }

  /** {@code line 12} in the same file, else {@code file:line:col}. */
  private static String where(ReadQueue first, ReadQueue second) {
    boolean sameFile = first.location().file().equals(second.location().file());
    return sameFile ? "line " + first.location().line() : first.location().toString();
  }

  private boolean validate(ReadQueue queue) {
    List<DefinitionProblem> found = QueueValidator.validate(queue.definition(), strategies);
    for (DefinitionProblem problem : found) {
      problems.error(queue.places().of(problem.path()), "queue '" + queue.name() + "': " + problem.message());
    }
    return found.isEmpty();
  }

  private boolean endpointsAgree(ReadQueue queue, Map<String, String> endpoints) {
    boolean ok = true;
    List<MemberDefinition> members = queue.definition().members();
    for (int i = 0; i < members.size(); i++) {
      MemberDefinition member = members.get(i);
      String endpoint = member.endpoint().orElse("");
      String before = endpoints.putIfAbsent(member.agentId(), endpoint);
      if (before != null && !before.equals(endpoint)) {
        problems.error(queue.places().of("members[" + i + "].endpoint"), "member '" + member.agentId()
            + "' rings " + endpoint + " here but " + before + " in another queue; one member has one endpoint");
        ok = false;
      }
    }
    return ok;
  }

  private boolean callbackDials(ReadQueue queue) {
    if (!queue.definition().callback().enabled()) {
      return true;
    }
    String endpoint = queue.extras().callbackEndpoint().orElse("");
    if (!endpoint.contains("{number}")) {
      problems.error(queue.places().of("callback.endpoint"), "queue '" + queue.name() + "': callback needs an"
          + " endpoint that dials the number left, with {number} standing for it, e.g. Local/{number}@outbound");
      return false;
    }
    return true;
  }
}
