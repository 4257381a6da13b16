package io.ariflow.sim.dialplan;

import java.time.Duration;
import java.util.List;

/**
 * One dialplan application as the simulator runs it. Each step knows the {@code app_name}/{@code app_data}
 * that Asterisk shows in the channel's dialplan block; the runner in the core gives them behaviour.
 */
public sealed interface Step {

  /** Application name as Asterisk reports it ({@code Answer}, {@code Wait}, ...). */
  String app();

  /** Application data before variable expansion ({@code ${EXTEN}} and {@code ${APP}} are expanded). */
  String data();

  /** Answers the channel (and so the calling side of a Local pair); takes 500 ms like Asterisk. */
  record Answer() implements Step {
    public String app() { return "Answer"; }
    public String data() { return ""; }
  }

  /** Waits; Wait(600) is how the trace far ends stay up. */
  record Wait(Duration duration) implements Step {
    public String app() { return "Wait"; }
    public String data() {
      long ms = duration.toMillis();
      return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }
  }

  /** Indicates ringing to the caller (channel state Ringing). */
  record Ringing() implements Step {
    public String app() { return "Ringing"; }
    public String data() { return ""; }
  }

  /** Indicates busy for {@code seconds}, then the dialplan goes on (usually to its end: hangup). */
  record Busy(int seconds) implements Step {
    public String app() { return "Busy"; }
    public String data() { return Integer.toString(seconds); }
  }

  /** Indicates congestion for {@code seconds}. */
  record Congestion(int seconds) implements Step {
    public String app() { return "Congestion"; }
    public String data() { return Integer.toString(seconds); }
  }

  /** Hangs up with a Q.850 cause (16 = normal clearing). */
  record Hangup(int cause) implements Step {
    public String app() { return "Hangup"; }
    public String data() { return cause == 16 ? "" : Integer.toString(cause); }
  }

  /** Sends DTMF digits to the other side, each lasting {@code durationMs}. */
  record SendDtmf(String digits, int durationMs) implements Step {
    public String app() { return "SendDTMF"; }
    public String data() { return digits + "," + durationMs; }
  }

  /** Hands the channel to an ARI application; {@code ${APP}} means the simulator's default app. */
  record Stasis(String application, List<String> args) implements Step {
    public String app() { return "Stasis"; }
    public String data() {
      return args.isEmpty() ? application : application + "," + String.join(",", args);
    }
  }

  /** Plays a prompt from the sounds catalog for its duration. */
  record Playback(String sound) implements Step {
    public String app() { return "Playback"; }
    public String data() { return sound; }
  }

  /** Echoes audio back until hung up. */
  record Echo() implements Step {
    public String app() { return "Echo"; }
    public String data() { return ""; }
  }

  /** Does nothing but shows up in ChannelDialplan events. */
  record NoOp(String text) implements Step {
    public String app() { return "NoOp"; }
    public String data() { return text; }
  }
}
