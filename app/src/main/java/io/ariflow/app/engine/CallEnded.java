package io.ariflow.app.engine;

/**
 * Fails what a handler still awaits when its call is over (StasisEnd, or the channel vanished while
 * the events connection was down), so no handler waits for ever.
 */
public final class CallEnded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CallEnded(String callId, String how) {
    super("call " + callId + " ended: " + how, null, false, false);
  }
}
