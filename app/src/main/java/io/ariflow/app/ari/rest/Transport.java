package io.ariflow.app.ari.rest;

/**
 * No usable answer from Asterisk: refused, reset, timed out, or not even sent because the breaker is
 * open or ariflow is saturated. The kind tells retry and breaker logic, and operators, which.
 */
public final class Transport extends AriFailure {

  private static final long serialVersionUID = 1L;

  private final TransportKind kind;

  /** Creates the failure; the hint names the likely place to look. */
  public Transport(AriExchange exchange, TransportKind kind, String hint, Throwable cause) {
    super(exchange, kind + ": " + hint, cause);
    this.kind = kind;
  }

  /** Why no answer came back. */
  public TransportKind kind() {
    return kind;
  }

  /** True when the request never left ariflow (breaker open or in-flight cap): retrying cannot help. */
  public boolean refusedLocally() {
    return kind == TransportKind.BREAKER_OPEN || kind == TransportKind.IN_FLIGHT_CAP;
  }
}
