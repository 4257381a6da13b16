package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Objects;

/**
 * The body of an {@code http} request: a template string sent as is, or a YAML value sent as JSON whose
 * string leaves are templates.
 */
public sealed interface HttpBody permits HttpBody.Text, HttpBody.Json {

  /**
   * A text body.
   *
   * @param template the body template
   */
  record Text(Template template) implements HttpBody {
    /** Rejects null. */
    public Text {
      Objects.requireNonNull(template, "template");
    }
  }

  /**
   * A JSON body built from YAML.
   *
   * @param value Map, List, Template (for every YAML string), Number, Boolean or null
   */
  record Json(Object value) implements HttpBody {
  }
}
