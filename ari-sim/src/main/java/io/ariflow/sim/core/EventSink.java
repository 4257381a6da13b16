package io.ariflow.sim.core;

/** Where an application's events go: the WebSocket that currently owns the app (implemented by ws). */
public interface EventSink {

  /** Sends one event, already encoded as JSON text. */
  void send(String text);
}
