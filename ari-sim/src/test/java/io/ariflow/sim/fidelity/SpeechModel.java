package io.ariflow.sim.fidelity;

import java.time.Duration;
import java.util.List;

/**
 * When the audio files sipp streamed contain speech, as Asterisk's talk detector saw them. speech-2s.pcap
 * has a 0.8 s burst 0.3 s in and a second burst 2.15 s in that runs to the end of the file; after it RTP
 * stops, so Asterisk never sees the silence that would end it (conference-bridge: no second
 * ChannelTalkingFinished). Unknown files count as one burst of their announced length.
 */
final class SpeechModel {

  /** One stretch of speech, {@code offset} seconds after the audio starts. */
  record Burst(double offset, Duration length) {}

  /** Longer than any scenario: the detector never sees the end of this burst. */
  static final Duration UNTIL_RTP_STOPS = Duration.ofMinutes(10);

  private SpeechModel() {}

  static List<Burst> bursts(String pcap) {
    return switch (pcap) {
      case "speech-2s.pcap" -> List.of(new Burst(0.295, Duration.ofMillis(800)),
          new Burst(2.155, UNTIL_RTP_STOPS));
      case "g711a.pcap" -> List.of(new Burst(0, Duration.ofSeconds(7)));
      default -> List.of(new Burst(0, Duration.ofSeconds(2)));
    };
  }
}
