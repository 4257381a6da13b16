package io.ariflow.flows.load;

import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flow ids are unique across all files; each copy of a duplicate is reported, naming the other places. */
final class DuplicateIds {

  private DuplicateIds() {
  }

  /** Reports duplicates and returns the drafts whose id is unique, by id. */
  static Map<String, FlowDraft> check(List<FlowDraft> drafts) {
    Map<String, List<FlowDraft>> byId = new LinkedHashMap<>();
    drafts.stream().filter(d -> !d.id().isEmpty())
        .forEach(d -> byId.computeIfAbsent(d.id(), id -> new ArrayList<>()).add(d));
    Map<String, FlowDraft> unique = new LinkedHashMap<>();
    byId.forEach((id, same) -> {
      if (same.size() == 1) {
        unique.put(id, same.get(0));
        return;
      }
      for (FlowDraft draft : same) {
        List<String> others = same.stream().filter(o -> o != draft).map(o -> place(o, draft)).toList();
        draft.problems().error(draft.idLocation(), "duplicate flow id '" + id + "' (also at "
            + String.join(", ", others) + "): rename one of them");
      }
    });
    return unique;
  }

  /** Where {@code other} is, said relative to {@code draft}: just the line in the same file. */
  private static String place(FlowDraft other, FlowDraft draft) {
    Location at = other.idLocation();
    return at.file().equals(draft.idLocation().file()) ? "line " + at.line() : at.toString();
  }
}
