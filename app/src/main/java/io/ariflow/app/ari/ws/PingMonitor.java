package io.ariflow.app.ari.ws;

import java.time.Duration;

/**
 * Proves an open WebSocket is alive: pings every interval and declares the connection dead when neither a
 * pong nor any other frame arrives within the timeout. Needed because a crashed host or a silent network
 * failure leaves TCP "open" for minutes. One instance per socket, used on the connection's event loop.
 */
final class PingMonitor {
  private final Scheduler scheduler;
  private final Duration interval;
  private final Duration timeout;
  private final Runnable ping;
  private final Runnable dead;
  private long pingTimer = Scheduler.NO_TIMER;
  private long deadline = Scheduler.NO_TIMER;
  private boolean stopped;

  PingMonitor(Scheduler scheduler, Duration interval, Duration timeout, Runnable ping, Runnable dead) {
    this.scheduler = scheduler;
    this.interval = interval;
    this.timeout = timeout;
    this.ping = ping;
    this.dead = dead;
  }

  void start() {
    pingTimer = scheduler.schedule(interval, this::pingNow);
  }

  /** A pong or any frame arrived: the peer is alive. */
  void alive() {
    scheduler.cancel(deadline);
    deadline = Scheduler.NO_TIMER;
  }

  void stop() {
    stopped = true;
    scheduler.cancel(pingTimer);
    scheduler.cancel(deadline);
  }

  private void pingNow() {
    if (stopped) {
      return;
    }
    ping.run();
    if (deadline == Scheduler.NO_TIMER) {
      deadline = scheduler.schedule(timeout, this::expire);
    }
    pingTimer = scheduler.schedule(interval, this::pingNow);
  }

  private void expire() {
    deadline = Scheduler.NO_TIMER;
    if (!stopped) {
      stop();
      dead.run();
    }
  }
}
