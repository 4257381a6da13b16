package io.ariflow.flows.expr;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compact JSON for lists and maps rendered into text, e.g. an HTTP body passed through a template. */
final class JsonText {

  private JsonText() {
  }

  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    Object v = Values.normalize(value);
    if (v == null || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof String s) {
      quote(out, s);
    } else if (v instanceof Map<?, ?> map) {
      writeMap(out, map);
    } else if (v instanceof List<?> list) {
      writeList(out, list);
    } else {
      out.append(Values.text(v));
    }
  }

  private static void writeMap(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      quote(out, String.valueOf(entry.getKey()));
      out.append(':');
      write(out, entry.getValue());
      out.append(entries.hasNext() ? "," : "");
    }
    out.append('}');
  }

  private static void writeList(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i > 0 ? "," : "");
      write(out, list.get(i));
    }
    out.append(']');
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
