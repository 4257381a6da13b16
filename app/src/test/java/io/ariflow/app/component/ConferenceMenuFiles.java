package io.ariflow.app.component;

/**
 * A room whose menus hold every menu action and every service code, and the flow that joins it; members enter with
 * PIN 1234, admins (marked) with 9999; three members at most besides the admins. Service codes: {@code #5} add,
 * {@code #6} mute, {@code #7} unmute, {@code #8} kick, each followed by a caller number or seat and {@code #}.
 */
final class ConferenceMenuFiles {

  static final String ROOM = "menus-1";

  static final String ROOMS = """
      rooms:
        - name: menus-*
          bridge:
            max-members: 3
            only-person-prompt: false
            record: { file: "menus-{room}-{seq}", format: wav }
            dial-out: { endpoint: "Local/{digits}@conf-phones", timeout: 20s, caller-id: "Menus <600>" }
          users:
            admin: { pin: "9999", marked: true, menu: admin }
            plain: { pin: "1234", menu: user }
          menus:
            user: { "*1": toggle-mute, "*4": listen-volume-down, "*6": listen-volume-up,
                    "*7": talk-volume-down, "*9": talk-volume-up, "*8": leave, "*0": participant-count }
            admin: { "*1": toggle-mute, "*2": toggle-lock, "*3": kick-last, "*4": listen-volume-down,
                     "*6": listen-volume-up, "*7": talk-volume-down, "*9": talk-volume-up, "*8": leave,
                     "*0": participant-count, "#1": lock, "#2": unlock, "#3": toggle-mute-participants,
                     "#4": toggle-record, "#5": add-participant, "#6": mute-participant,
                     "#7": unmute-participant, "#8": kick-participant }
      """;

  static final String FLOWS = """
      flow: menus
      start: join
      steps:
        join:
          type: conference
          room: menus-1
          on: { kicked: bye, locked: bye }
          next: goodbye
        goodbye:
          type: play
          media: sound:vm-goodbye
          next: bye
        bye:
          type: hangup
      """;

  private ConferenceMenuFiles() {
  }
}
