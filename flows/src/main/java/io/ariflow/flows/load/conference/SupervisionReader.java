package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.supervision.AllowListPolicy;
import io.ariflow.flows.conference.supervision.AllowRule;
import io.ariflow.flows.conference.supervision.SupervisionKeys;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.ListOf;
import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code supervision:} section: groups of identities, allow rules ({@code supervisor}, {@code agent}:
 * an identity, {@code group:<name>} or {@code *}; {@code modes}), and the supervisor's keys. A rule naming an
 * undeclared group and two modes on one key are errors.
 */
final class SupervisionReader {

  static final List<String> FIELDS = List.of("groups", "allow", "keys");
  static final List<String> RULE = List.of("supervisor", "agent", "modes");
  static final List<String> KEYS = List.of("listen", "whisper", "barge", "stop");
  private static final String GROUP = "group:";

  private SupervisionReader() {
  }

  static SupervisionRules read(YamlNode node, ReadContext context) {
    FieldPlaces places = new FieldPlaces(node.location());
    return Section.of(node, "supervision", "a mapping with groups, allow and keys", context, places)
        .map(s -> rules(s.onlyKnown(FIELDS))).orElse(SupervisionRules.NONE);
  }

  private static SupervisionRules rules(Section s) {
    Map<String, Set<String>> groups = s.section("groups", "a mapping of group names to lists of identities")
        .map(SupervisionReader::groups).orElse(Map.of());
    List<AllowRule> rules = s.node("allow").map(node -> allow(node, groups.keySet(), s.context())).orElse(List.of());
    SupervisionKeys keys = s.section("keys", "a mapping of listen, whisper, barge and stop to keys")
        .map(SupervisionReader::keys).orElse(SupervisionKeys.DEFAULTS);
    return new SupervisionRules(new AllowListPolicy(rules), groups, keys);
  }

  private static Map<String, Set<String>> groups(Section s) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (YamlEntry entry : s.map().entries()) {
      s.read(entry.key(), new ListOf<>(ScalarKinds.text("an identity such as PJSIP/1001"), "a list of identities"))
          .ifPresent(members -> groups.put(entry.key(), new LinkedHashSet<>(members)));
    }
    return groups;
  }

  private static List<AllowRule> allow(YamlNode node, Set<String> groups, ReadContext context) {
    List<AllowRule> rules = new ArrayList<>();
    if (!(node instanceof YamlList list)) {
      context.error(node, Messages.wrong("supervision.allow", "a list of rules with supervisor, agent, modes", node));
      return rules;
    }
    for (int index = 0; index < list.items().size(); index++) {
      FieldPlaces places = new FieldPlaces(list.items().get(index).location());
      Section.of(list.items().get(index), "supervision.allow[" + index + "]",
          "a rule: a mapping with supervisor, agent and modes", context, places)
          .map(rule -> rule(rule.onlyKnown(RULE), groups)).ifPresent(rules::add);
    }
    return rules;
  }

  private static AllowRule rule(Section s, Set<String> groups) {
    String supervisor = selector(s, "supervisor", groups);
    String agent = selector(s, "agent", groups);
    Map<String, SupervisionMode> modes = Choices.of(SupervisionMode.class, SupervisionMode::label);
    List<SupervisionMode> allowed = s.read("modes", new ListOf<>(ScalarKinds.choice(modes), "a list of modes"))
        .orElse(List.of());
    if (s.node("modes").isEmpty()) {
      s.context().error(s.map(), "a rule needs 'modes' (listen, whisper, barge)");
    }
    return new AllowRule(supervisor, agent, Set.copyOf(allowed));
  }

  private static String selector(Section s, String key, Set<String> groups) {
    if (s.node(key).isEmpty()) {
      s.context().error(s.map(), "a rule needs '" + key + "' (an identity, group:<name> or *)");
      return "";
    }
    String value = s.read(key, ScalarKinds.text("an identity, group:<name> or *"), "");
    if (value.startsWith(GROUP) && !groups.contains(value.substring(GROUP.length()))) {
      String group = value.substring(GROUP.length());
      s.context().error(s.node(key).orElseThrow(), "no group '" + group + "' in supervision.groups"
          + DidYouMean.hint(group, groups) + (groups.isEmpty() ? "; declare it under groups:" : ""));
    }
    return value;
  }

  private static SupervisionKeys keys(Section s) {
    s.onlyKnown(KEYS);
    SupervisionKeys defaults = SupervisionKeys.DEFAULTS;
    Map<String, Character> chosen = new LinkedHashMap<>();
    chosen.put("listen", key(s, "listen", defaults.listen()));
    chosen.put("whisper", key(s, "whisper", defaults.whisper()));
    chosen.put("barge", key(s, "barge", defaults.barge()));
    chosen.put("stop", key(s, "stop", defaults.stop()));
    Map<Character, String> used = new HashMap<>();
    chosen.forEach((name, key) -> {
      String other = used.putIfAbsent(key, name);
      if (other != null) {
        s.context().error(s.node(name).map(YamlNode::location).orElse(s.map().location()),
            "key " + key + " is used for both " + other + " and " + name + ": give each its own key");
      }
    });
    return new SupervisionKeys(chosen.get("listen"), chosen.get("whisper"), chosen.get("barge"), chosen.get("stop"));
  }

  private static char key(Section s, String name, char fallback) {
    return s.read(name, ScalarKinds.key()).map(text -> text.charAt(0)).orElse(fallback);
  }
}
