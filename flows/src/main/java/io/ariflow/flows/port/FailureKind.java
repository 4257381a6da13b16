package io.ariflow.flows.port;

/**
 * Why Asterisk refused a command, as the small set flows decide on. Call-state answers (the first four)
 * are normal races with the caller; the rest say something is wrong with ariflow or Asterisk.
 */
public enum FailureKind {
  /** 404: the channel, bridge, playback or recording no longer exists. */
  GONE,
  /** 409: the channel exists but is not in our Stasis application. */
  NOT_IN_STASIS,
  /** 412: the channel is not answered (e.g. play without early media). */
  NOT_ANSWERED,
  /** 422: the request does not fit the object's current state. */
  UNPROCESSABLE,
  /** 400: the request was malformed. */
  BAD_REQUEST,
  /** 5xx: Asterisk failed (e.g. endpoint allocation failed). */
  SERVER,
  /** No answer at all: connection refused, reset, timed out, breaker open. */
  TRANSPORT;

  /** Whether this kind describes the call's state rather than a fault. */
  public boolean isCallState() {
    return this == GONE || this == NOT_IN_STASIS || this == NOT_ANSWERED || this == UNPROCESSABLE;
  }
}
