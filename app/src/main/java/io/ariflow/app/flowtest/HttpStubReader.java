package io.ariflow.app.flowtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code http:} stubs: {@code request: "GET https://crm.example.com/customers/*"} (the method is
 * optional) and the answer: {@code status} (200), {@code json} (any YAML value, sent as JSON) or {@code body}
 * (text), {@code headers}, {@code delay}; or {@code fail: timeout | refused} for an endpoint that never answers.
 */
final class HttpStubReader {

  private static final List<String> FIELDS = List.of("request", "status", "json", "body", "headers", "delay",
      "fail");
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final int OK = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Problems problems;

  HttpStubReader(Problems problems) {
    this.problems = problems;
  }

  List<HttpStub> read(List<YamlNode> stubs) {
    return stubs.stream().map(this::stub).flatMap(Optional::stream).toList();
  }

  private Optional<HttpStub> stub(YamlNode node) {
    return MapFields.of(node, "an HTTP stub", FIELDS, problems).flatMap(this::stub);
  }

  private Optional<HttpStub> stub(MapFields f) {
    Optional<YamlScalar> request = f.scalar("request");
    if (request.isEmpty()) {
      f.missing("request", "the method and URL it answers, e.g. GET https://crm.example.com/customers/*");
      return Optional.empty();
    }
    String[] words = request.get().text().trim().split("\\s+", 2);
    boolean hasMethod = words.length == 2;
    Optional<String> method = hasMethod ? method(words[0], request.get()) : Optional.empty();
    Optional<UrlPattern> url = url(hasMethod ? words[1] : words[0], request.get());
    int status = f.integer("status", 100, 599).orElse(OK);
    String body = body(f);
    Map<String, String> headers = headers(f);
    Duration delay = f.duration("delay").orElse(Duration.ZERO);
    Optional<String> fail = f.scalar("fail").flatMap(this::failure);
    if (url.isEmpty() || hasMethod && method.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HttpStub(method, url.get(), status, headers, body, delay, fail, f.location()));
  }

  private Optional<String> method(String word, YamlScalar at) {
    String upper = word.toUpperCase(Locale.ROOT);
    if (METHODS.contains(upper)) {
      return Optional.of(upper);
    }
    problems.error(at.location(), "unknown HTTP method '" + word + "'" + DidYouMean.hint(upper, METHODS)
        + "; write request: \"<METHOD> <URL pattern>\" or just the URL pattern for any method");
    return Optional.empty();
  }

  private Optional<UrlPattern> url(String text, YamlScalar at) {
    try {
      return Optional.of(UrlPattern.parse(text));
    } catch (PatternSyntaxException e) {
      problems.error(at.location(), "the URL pattern " + text + " is not a valid regular expression: "
          + e.getDescription() + "; or write a URL with * for any characters");
      return Optional.empty();
    }
  }

  private String body(MapFields f) {
    Optional<YamlNode> json = f.node("json");
    Optional<String> text = f.text("body");
    if (json.isPresent() && text.isPresent()) {
      problems.error(json.get().location(), "an HTTP stub answers 'json' or 'body', not both");
    }
    if (json.isEmpty()) {
      return text.orElse("");
    }
    try {
      return JSON.writeValueAsString(json.get().plain());
    } catch (JsonProcessingException e) {
      problems.error(json.get().location(), "'json' cannot be written as JSON: " + e.getOriginalMessage());
      return "";
    }
  }

  private Map<String, String> headers(MapFields f) {
    Map<String, String> headers = new LinkedHashMap<>();
    f.mapping("headers", "{Content-Type: application/json}").ifPresent(map -> map.entries()
        .forEach(e -> header(e, headers)));
    if (f.node("json").isPresent()) {
      headers.putIfAbsent("content-type", "application/json");
    }
    return headers;
  }

  private void header(YamlEntry entry, Map<String, String> headers) {
    if (entry.value() instanceof YamlScalar value) {
      headers.put(entry.key().toLowerCase(Locale.ROOT), value.text());
    } else {
      problems.error(entry.value().location(), "the header '" + entry.key() + "' must be one value, not "
          + entry.value().describe());
    }
  }

  private Optional<String> failure(YamlScalar s) {
    if (HttpStub.FAILURES.contains(s.text())) {
      return Optional.of(s.text());
    }
    problems.error(s.location(), "'fail' must be one of " + String.join(", ", HttpStub.FAILURES) + ", not "
        + s.describe() + DidYouMean.hint(s.text(), HttpStub.FAILURES));
    return Optional.empty();
  }
}
