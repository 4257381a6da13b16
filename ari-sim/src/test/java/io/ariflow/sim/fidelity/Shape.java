package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of a JSON value: field names (recursively) and value types, never the values. Array elements
 * are merged into one element shape (an empty list inside an element adds nothing to a non-empty one), so a
 * list of 568 sounds and a list of 3 compare alike, while an empty list and a non-empty one do not.
 */
final class Shape {

  private Shape() {}

  /** A canonical text such as {@code {id:string,tags:[string]}}. */
  static String of(Object value) {
    return render(normalize(value));
  }

  /** The paths at which two values' shapes differ, e.g. {@code channel.dialplan: missing in sim}. */
  static List<String> diff(Object recorded, Object sim) {
    List<String> out = new ArrayList<>();
    diff("", normalize(recorded), normalize(sim), out);
    return out;
  }

  private static Object normalize(Object value) {
    if (value instanceof JsonObject o) {
      Map<String, Object> fields = new TreeMap<>();
      o.forEach(e -> fields.put(e.getKey(), normalize(e.getValue())));
      return fields;
    }
    if (value instanceof JsonArray a) {
      Object merged = null;
      for (Object v : a) {
        merged = merge(merged, normalize(v));
      }
      return merged == null ? List.of() : List.of(merged);
    }
    if (value == null) {
      return "null";
    }
    if (value instanceof Number) {
      return "number";
    }
    return value instanceof Boolean ? "boolean" : "string";
  }

  @SuppressWarnings("unchecked")
  private static Object merge(Object a, Object b) {
    if (a == null) {
      return b;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      return la.isEmpty() ? b : lb.isEmpty() ? a : List.of(merge(la.get(0), lb.get(0)));
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Map<String, Object> out = new TreeMap<>((Map<String, Object>) ma);
      ((Map<String, Object>) mb).forEach((k, v) -> out.merge(k, v, Shape::merge));
      return out;
    }
    return a.equals(b) ? a : "mixed(" + render(a) + "|" + render(b) + ")";
  }

  private static void diff(String path, Object r, Object s, List<String> out) {
    if (r instanceof Map<?, ?> mr && s instanceof Map<?, ?> ms) {
      TreeSet<String> keys = new TreeSet<>();
      mr.keySet().forEach(k -> keys.add(String.valueOf(k)));
      ms.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String k : keys) {
        String p = path.isEmpty() ? k : path + "." + k;
        if (!mr.containsKey(k)) {
          out.add(p + ": only in sim");
        } else if (!ms.containsKey(k)) {
          out.add(p + ": missing in sim");
        } else {
          diff(p, mr.get(k), ms.get(k), out);
        }
      }
    } else if (r instanceof List<?> lr && s instanceof List<?> ls && !lr.isEmpty() && !ls.isEmpty()) {
      diff(path + "[]", lr.get(0), ls.get(0), out);
    } else if (!r.equals(s)) {
      out.add((path.isEmpty() ? "body" : path) + ": " + render(r) + " recorded, " + render(s) + " in sim");
    }
  }

  private static String render(Object shape) {
    if (shape instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(k).append(':').append(render(v)));
      return b.append('}').toString();
    }
    if (shape instanceof List<?> l) {
      return l.isEmpty() ? "[]" : "[" + render(l.get(0)) + "]";
    }
    return String.valueOf(shape);
  }
}
