package io.ariflow.sim.http;

/**
 * Where a (re)starting Asterisk is: down (connections closed without an answer), HTTP up but ARI not
 * registered (404 HTML page), ARI registered but Asterisk not fully booted (503), or up. Sequence observed
 * in the asterisk-restart trace.
 */
public enum BootState {
  /** The process is gone: every connection is closed without an HTTP answer. */
  DOWN,
  HTML_404,
  NOT_BOOTED,
  UP
}
