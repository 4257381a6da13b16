package io.ariflow.app.ari.ws;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * Recognises Asterisk's {@code ApplicationReplaced} event, which a socket receives when another client opens
 * the same app; after it Asterisk sends that socket nothing more. Only frames that mention the word are
 * decoded, so ordinary traffic is passed through untouched.
 */
final class ApplicationReplacedFrame {
  private static final String TYPE = "ApplicationReplaced";

  private ApplicationReplacedFrame() {}

  static boolean matches(String frame) {
    if (!frame.contains(TYPE)) {
      return false;
    }
    try {
      return TYPE.equals(new JsonObject(frame).getValue("type"));
    } catch (DecodeException notJson) {
      return false;
    }
  }
}
