package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls an HTTP service ({@code type: http}), optionally playing filler audio while waiting. Besides
 * {@code success} and {@code failure}, {@code on:} may route a status code ({@code "404"}) or class
 * ({@code "4xx"}); the most specific routed key wins. Its {@code timeout} is the per-attempt request
 * timeout (a timed-out attempt is a failure), so {@code common().timeout()} is always empty.
 *
 * @param common id, next, on, location
 * @param method the HTTP method
 * @param url the URL (template)
 * @param headers header -> value (template)
 * @param body the request body, if any
 * @param requestTimeout per-attempt timeout
 * @param retries extra attempts after a transport failure or 5xx
 * @param backoff wait before each retry
 * @param into the flow variable receiving the parsed JSON body
 * @param filler media played in a loop while waiting
 * @param successWhen the statuses that count as success
 */
public record HttpSpec(StepCommon common, HttpMethod method, Template url, Map<String, Template> headers,
    Optional<HttpBody> body, Duration requestTimeout, int retries, Duration backoff, Optional<String> into,
    List<MediaRef> filler, StatusRange successWhen) implements StepSpec {

  /** The default outcome: the status was in {@code successWhen}. */
  public static final String SUCCESS = "success";
  /** Any other status, or no response. */
  public static final String FAILURE = "failure";
  private static final Pattern STATUS_KEY = Pattern.compile("[1-5](\\d\\d|xx)");

  /** Copies the collections and rejects nulls. */
  public HttpSpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(backoff, "backoff");
    filler = List.copyOf(filler);
    Objects.requireNonNull(successWhen, "successWhen");
  }

  /** Whether {@code key} is a status code or class usable in {@code on:}. */
  public static boolean isStatusKey(String key) {
    return STATUS_KEY.matcher(key).matches();
  }

  /** The outcome for a response: a routed code, then a routed class, then success or failure. */
  public String outcomeFor(int status) {
    String code = Integer.toString(status);
    String family = code.charAt(0) + "xx";
    if (common().on().containsKey(code)) {
      return code;
    }
    if (common().on().containsKey(family)) {
      return family;
    }
    return successWhen.contains(status) ? SUCCESS : FAILURE;
  }

  @Override
  public String typeName() {
    return "http";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(SUCCESS, FAILURE);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(SUCCESS);
  }

  @Override
  public boolean produces(String outcome) {
    return allOutcomes().contains(outcome) || isStatusKey(outcome);
  }

  @Override
  public Set<String> results() {
    return Set.of("status", "body", "headers");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
