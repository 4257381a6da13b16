package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.spec.DialMode;
import io.ariflow.flows.spec.DialSpec;
import io.ariflow.flows.spec.HttpBody;
import io.ariflow.flows.spec.HttpMethod;
import io.ariflow.flows.spec.HttpSpec;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.ScreenSpec;
import io.ariflow.flows.spec.StatusRange;
import io.ariflow.flows.spec.StepSpec;
import io.ariflow.flows.spec.TransferSpec;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Declarations of the integration steps: http, dial, transfer (each owns its {@code timeout}). */
final class IntegrationDecls {

  private static final Field<HttpMethod> METHOD = Field.withDefault("method",
      ScalarKinds.choice(Choices.of(HttpMethod.class, HttpMethod::name)), HttpMethod.GET, "the HTTP method");
  private static final Field<Template> URL = Field.required("url", TextKinds.template(), "the URL");
  private static final Field<Map<String, Template>> HEADERS = Field.withDefault("headers",
      TextKinds.templateMap(), Map.of(), "header -> value");
  private static final Field<HttpBody> BODY = Field.optional("body", ValueKinds.httpBody(),
      "text, or a YAML value sent as JSON");
  private static final Field<Duration> HTTP_TIMEOUT = Field.withDefault("timeout", ScalarKinds.duration(),
      Duration.ofSeconds(5), "per attempt; a timed-out attempt is a failure");
  private static final Field<Integer> RETRIES = Field.withDefault("retries", ScalarKinds.integer(0), 0,
      "extra attempts after a transport failure or a 5xx");
  private static final Field<Duration> BACKOFF = Field.withDefault("backoff", ScalarKinds.duration(),
      Duration.ofMillis(200), "wait before each retry");
  private static final Field<String> INTO = Field.optional("into", ValueKinds.assigned(),
      "the flow variable receiving the parsed JSON body");
  private static final Field<List<MediaRef>> FILLER = Field.withDefault("filler", MediaKinds.mediaList(),
      List.of(), "media played in a loop while waiting");
  private static final Field<StatusRange> SUCCESS_WHEN = Field.withDefault("successWhen",
      HttpKinds.statusRange(), StatusRange.SUCCESS, "statuses that count as success: 2xx, 204, 200-299");

  private static final Field<List<Template>> TARGETS = Field.required("targets", TextKinds.templates(),
      "endpoints to ring: PJSIP/104, Local/104@default");
  private static final Field<DialMode> MODE = Field.withDefault("mode", ScalarKinds.choice(Choices.of(
      DialMode.class, m -> m.name().toLowerCase(Locale.ROOT))), DialMode.SIMULTANEOUS,
      "simultaneous or sequential");
  private static final Field<Duration> RING_TIMEOUT = Field.withDefault("timeout", ScalarKinds.duration(),
      Duration.ofSeconds(30), "how long each target rings");
  private static final Field<Template> CALLER_ID = Field.optional("callerId", TextKinds.template(),
      "caller id shown to the callee");
  private static final Field<Boolean> EARLY_MEDIA = Field.withDefault("earlyMedia", ScalarKinds.bool(), false,
      "pass ringing and progress to the caller");
  private static final Field<List<MediaRef>> ANNOUNCE = Field.withDefault("announce", MediaKinds.mediaList(),
      List.of(), "media played to the callee before bridging");
  private static final Field<ScreenSpec> SCREEN = Field.optional("screen", HttpKinds.screen(),
      "the callee must press accept after prompt to take the call");

  private static final Field<Template> TO = Field.required("to", TextKinds.template(),
      "an extension (104) or an endpoint (PJSIP/104)");
  private static final Field<Template> CONTEXT = Field.optional("context", TextKinds.template(),
      "dialplan context for an extension (default: the channel's)");

  private IntegrationDecls() {
  }

  static List<StepDecl> all() {
    return List.of(
        new StepDecl("http", "Calls an HTTP service.", List.of(METHOD, URL, HEADERS, BODY, HTTP_TIMEOUT, RETRIES,
            BACKOFF, INTO, FILLER, SUCCESS_WHEN), IntegrationDecls::http),
        new StepDecl("dial", "Rings endpoints and bridges the caller with the one who answers.", List.of(
            TARGETS, MODE, RING_TIMEOUT, CALLER_ID, EARLY_MEDIA, ANNOUNCE, SCREEN, PickupDecls.PICKUP_GROUPS),
            f -> new DialSpec(f.common(), f.get(TARGETS), f.get(MODE), f.get(RING_TIMEOUT), f.optional(CALLER_ID),
                f.get(EARLY_MEDIA), f.get(ANNOUNCE), f.optional(SCREEN), f.get(PickupDecls.PICKUP_GROUPS))),
        new StepDecl("transfer", "Connects the caller to one extension or endpoint, then ends the run.",
            List.of(TO, CONTEXT, RING_TIMEOUT),
            f -> new TransferSpec(f.common(), f.get(TO), f.optional(CONTEXT), f.get(RING_TIMEOUT))));
  }

  private static StepSpec http(StepFields f) {
    HttpMethod method = f.get(METHOD);
    if (f.written(BODY) && (method == HttpMethod.GET || method == HttpMethod.HEAD)) {
      f.context().error(f.nodeOf(BODY), "a " + method + " request has no body: use method: POST or remove body");
    }
    return new HttpSpec(f.common(), method, f.get(URL), f.get(HEADERS), f.optional(BODY), f.get(HTTP_TIMEOUT),
        f.get(RETRIES), f.get(BACKOFF), f.optional(INTO), f.get(FILLER), f.get(SUCCESS_WHEN));
  }
}
