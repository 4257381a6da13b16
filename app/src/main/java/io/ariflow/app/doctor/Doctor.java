package io.ariflow.app.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import io.ariflow.app.ari.rest.AriFailure;
import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.model.request.applications.ApplicationsGet;
import io.ariflow.model.request.asterisk.AsteriskGetInfo;
import io.ariflow.model.resource.AsteriskInfo;
import io.vertx.core.Future;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks behind {@code ariflow doctor}, in the order an operator would make them by hand:
 * reach ARI, read the Asterisk and ARI versions, see whether our application is registered, and
 * compare what this Asterisk offers with what ariflow knows. Each line says what was found and, when
 * something is wrong, what to do.
 */
public final class Doctor {
  private final AriRestClient rest;
  private final ApiDocsSource apiDocs;
  private final AppRegistration registration;
  private final String app;
  private final PrintStream out;

  public Doctor(AriRestClient rest, ApiDocsSource apiDocs, AppRegistration registration, String app,
      PrintStream out) {
    this.rest = rest;
    this.apiDocs = apiDocs;
    this.registration = registration;
    this.app = app;
    this.out = out;
  }

  /** Runs every check; the future holds true when ariflow can work with this Asterisk. */
  public Future<Boolean> run() {
    return rest.send(AsteriskGetInfo.of())
        .compose(this::reportVersion)
        .compose(ok -> checkApplication())
        .compose(ok -> compareApi())
        .recover(this::reportFailure);
  }

  private Future<Void> reportVersion(AsteriskInfo info) {
    String version = info.system() == null ? "unknown" : info.system().version();
    String entity = info.system() == null ? "unknown" : info.system().entityId();
    out.println("ok    Asterisk " + version + " (entity id " + entity + ")");
    return Future.succeededFuture();
  }

  private Future<Void> checkApplication() {
    return rest.send(ApplicationsGet.of(app))
        .map(found -> {
          out.println("ok    application '" + app + "' is registered: a client (ariflow?) holds its events socket");
          return (Void) null;
        })
        .recover(failure -> failure instanceof Gone ? tryRegistering() : Future.failedFuture(failure));
  }

  private Future<Void> tryRegistering() {
    return registration.registerBriefly(app)
        .map(ok -> {
          out.println("ok    application '" + app + "' registers (no client holds it right now)");
          return (Void) null;
        });
  }

  private Future<Boolean> compareApi() {
    Map<String, JsonNode> docs = new HashMap<>();
    return apiDocs.resources()
        .compose(resources -> {
          out.println("ok    ARI " + resources.path("apiVersion").asText("unknown"));
          List<String> names = resources.findValuesAsText("path").stream()
              .map(p -> p.substring(p.lastIndexOf('/') + 1).replace(".{format}", "").replace(".json", ""))
              .toList();
          return Future.all(names.stream().map(n -> apiDocs.resource(n).map(doc -> docs.put(n, doc))).toList());
        })
        .map(all -> report(ApiDocsComparison.of(docs)));
  }

  private boolean report(ApiDocsComparison comparison) {
    if (comparison.complete()) {
      out.println("ok    ariflow knows every event type and operation this Asterisk offers");
    }
    comparison.unknownEvents().forEach(e ->
        out.println("note  event type not known to ariflow (decoded as UnknownEvent): " + e));
    comparison.unknownOperations().forEach(o -> out.println("note  operation not known to ariflow: " + o));
    comparison.missingOperations().forEach(o ->
        out.println("note  operation ariflow knows but this Asterisk does not offer: " + o));
    return true;
  }

  private Future<Boolean> reportFailure(Throwable failure) {
    String what = failure instanceof AriFailure ? failure.getMessage() : failure.toString();
    out.println("FAIL  " + what);
    return Future.succeededFuture(false);
  }
}
