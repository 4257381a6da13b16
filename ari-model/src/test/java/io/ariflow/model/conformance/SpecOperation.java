package io.ariflow.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One operation as the specification declares it.
 *
 * @param resource the spec file's name, e.g. {@code channels}
 * @param nickname e.g. {@code originate}
 * @param method e.g. {@code POST}
 * @param path e.g. {@code /channels/{channelId}}
 * @param responseClass e.g. {@code Channel}, {@code List[Channel]}, {@code void}
 * @param parameters the parameter declarations, in order
 */
record SpecOperation(
    String resource, String nickname, String method, String path, String responseClass, List<JsonNode> parameters) {

  static SpecOperation of(String resource, String path, JsonNode op) {
    List<JsonNode> parameters = new ArrayList<>();
    op.path("parameters").forEach(parameters::add);
    return new SpecOperation(resource, op.path("nickname").asText(), op.path("httpMethod").asText(), path,
        op.path("responseClass").asText(), List.copyOf(parameters));
  }

  /** {@code <resource>.<nickname>}, as {@code AriRequest.operation()} returns it. */
  String name() {
    return resource + "." + nickname;
  }

  /** A one-line signature used to print differences between versions. */
  String signature() {
    List<String> params = parameters.stream().map(SpecOperation::describe).toList();
    return method + " " + path + " " + params + " -> " + responseClass;
  }

  static String describe(JsonNode p) {
    return p.path("name").asText() + ":" + p.path("paramType").asText() + ":" + p.path("dataType").asText()
        + (p.path("allowMultiple").asBoolean() ? "*" : "") + (p.path("required").asBoolean() ? "!" : "");
  }
}
