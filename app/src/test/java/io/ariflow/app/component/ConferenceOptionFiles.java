package io.ariflow.app.component;

/**
 * Rooms for the ConfBridge options the other conference tests leave out. {@code hall}: names announced, the count
 * to the joiner, "only person" and music when alone, members start muted, recorded from the start under a
 * templated name. {@code lobby}: opens locked, tones, the count to everyone. {@code class}: leadership per profile
 * (members wait for the marked one, an admin leaves with it, the room goes on).
 */
final class ConferenceOptionFiles {

  static final String ROOMS = """
      rooms:
        - name: hall
          bridge:
            join-leave: name
            member-count: to-joiner
            only-person-prompt: true
            moh-when-alone: true
            record: { file: "conf-{room}-{date}-{seq}", format: wav, auto-start: true }
          users:
            plain: { start-muted: true }
        - name: lobby
          bridge: { start-locked: true, join-leave: tone, member-count: to-all, only-person-prompt: false }
          users:
            admin: { pin: "9999" }
            plain: { pin: "1234" }
        - name: class
          bridge: { only-person-prompt: false }
          users:
            marked: { pin: "9999", marked: true }
            admin: { pin: "5555", end-marked: true }
            plain: { pin: "1234", wait-marked: true }
      """;

  static final String FLOWS = """
      flow: hall
      start: join
      steps:
        join:
          type: conference
          room: hall
          role: plain
          next: bye
        bye:
          type: hangup
      ---
      flow: lobby
      start: join
      steps:
        join:
          type: conference
          room: lobby
          on: { locked: bye }
          next: bye
        bye:
          type: hangup
      ---
      flow: class
      start: join
      steps:
        join:
          type: conference
          room: class
          next: bye
        bye:
          type: hangup
      """;

  private ConferenceOptionFiles() {
  }
}
