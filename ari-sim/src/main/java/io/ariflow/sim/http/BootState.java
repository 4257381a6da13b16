package io.ariflow.sim.http;

/**
 * Where a (re)starting Asterisk is: HTTP up but ARI not registered (404 HTML page), ARI registered but
 * Asterisk not fully booted (503), or up. Sequence observed in the asterisk-restart trace.
 */
public enum BootState {
  HTML_404,
  NOT_BOOTED,
  UP
}
