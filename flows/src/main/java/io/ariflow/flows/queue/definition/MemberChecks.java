package io.ariflow.flows.queue.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The member part of {@link QueueValidator}: ids, endpoints, penalties and skills. */
final class MemberChecks {

  /** {@code Tech/resource}, e.g. {@code PJSIP/2001} or {@code Local/2001@agents/n}. */
  private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*/[^\\s|]+");
  private static final Pattern AGENT_ID = Pattern.compile("[^\\s|]+");

  private MemberChecks() {
  }

  static List<DefinitionProblem> check(QueueDefinition definition) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    checkAll("members", definition.members(), true, seen, problems);
    checkAll("agents", definition.agents(), false, seen, problems);
    return problems;
  }

  private static void checkAll(String list, List<MemberDefinition> members, boolean isStatic, Set<String> seen,
      List<DefinitionProblem> problems) {
    for (int i = 0; i < members.size(); i++) {
      MemberDefinition member = members.get(i);
      String path = list + "[" + i + "]";
      if (!AGENT_ID.matcher(member.agentId()).matches()) {
        problems.add(new DefinitionProblem(path + ".id", "member id must be non-empty, without spaces or '|'"));
      } else if (!seen.add(member.agentId())) {
        problems.add(new DefinitionProblem(path + ".id", "'" + member.agentId() + "' is declared twice"));
      }
      checkEndpoint(member, isStatic, path, problems);
      if (member.penalty() < 0) {
        problems.add(new DefinitionProblem(path + ".penalty", "penalty must be 0 or more"));
      }
      for (Map.Entry<String, Integer> skill : member.skills().entrySet()) {
        if (skill.getKey().isBlank() || skill.getValue() < 0) {
          problems.add(new DefinitionProblem(path + ".skills." + skill.getKey(),
              "a skill needs a name and a level of 0 or more"));
        }
      }
    }
  }

  private static void checkEndpoint(MemberDefinition member, boolean isStatic, String path,
      List<DefinitionProblem> problems) {
    if (isStatic && member.endpoint().filter(e -> ENDPOINT.matcher(e).matches()).isEmpty()) {
      problems.add(new DefinitionProblem(path + ".endpoint",
          "a member needs an endpoint like PJSIP/2001 or Local/2001@agents"));
    }
    if (!isStatic && member.endpoint().isPresent()) {
      problems.add(new DefinitionProblem(path + ".endpoint",
          "an agent gives its endpoint when it logs in; declare fixed endpoints under members"));
    }
  }
}
