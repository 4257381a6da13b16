package io.ariflow.flows.port;

import java.util.UUID;

/** The production {@link IdGenerator}: random UUIDs, unique across restarts and Asterisk instances. */
public final class RandomIds implements IdGenerator {

  @Override
  public String next(String kind) {
    return UUID.randomUUID().toString();
  }
}
