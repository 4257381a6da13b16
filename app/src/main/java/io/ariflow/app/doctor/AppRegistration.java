package io.ariflow.app.doctor;

import io.vertx.core.Future;

/**
 * Proves that our Stasis application can register: opens the events socket for it and closes it again.
 * Used only when no client holds the application, so the doctor never takes it from a running engine.
 */
@FunctionalInterface
public interface AppRegistration {

  Future<Void> registerBriefly(String app);
}
