package io.ariflow.app;

import java.net.URI;

/**
 * The Asterisk ariflow talks to, once resolved: the configured one, or the embedded simulator started
 * because none was configured.
 *
 * @param httpBase Asterisk's HTTP base, without {@code /ari}
 * @param user ARI user
 * @param password ARI password; never logged
 * @param embedded true when this is the embedded simulator
 */
public record AriTarget(URI httpBase, String user, String password, boolean embedded) {

  /** The REST base, {@code http://host:port/ari}. */
  public String restBase() {
    String base = httpBase.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ari";
  }

  @Override
  public String toString() {
    return "AriTarget[" + httpBase + (embedded ? " (embedded simulator)" : "") + ", user=" + user + "]";
  }
}
