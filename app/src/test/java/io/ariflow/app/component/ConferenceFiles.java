package io.ariflow.app.component;

/** The room declarations and flows the conference component tests run. */
final class ConferenceFiles {

  static final String ROOMS = """
      rooms:
        - name: team-*
          bridge:
            max-members: 3
            pin-attempts: 2
            wait-for-marked: true
            end-when-last-marked-leaves: true
            only-person-prompt: false
            record: { file: "conf-{room}-{seq}", format: wav }
            talk-detection: { silence: 1000, threshold: 160 }
            dial-out: { endpoint: "Local/{digits}@conf-phones", timeout: 20s, caller-id: "Team <500>" }
          users:
            admin: { pin: "9999", marked: true, menu: admin }
            plain: { pin: "1234", menu: user }
          menus:
            user: { "*1": toggle-mute, "*8": leave }
            admin: { "*1": toggle-mute, "*2": toggle-lock, "#4": toggle-record, "*5": add-participant,
                     "*6": mute-participant, "*7": kick-participant }
        - name: small
          bridge: { max-members: 1, only-person-prompt: false }
          users: { plain: {}, admin: {} }
      supervision:
        groups: { leads: ["1001"] }
        allow:
          - { supervisor: "group:leads", agent: "*", modes: [listen, whisper, barge] }
      """;

  static final String FLOWS = """
      flow: team
      start: join
      steps:
        join:
          type: conference
          room: team-1
          on: { kicked: after-kick, wrong-pin: after-refusal, locked: after-refusal, full: after-refusal }
          next: bye
        after-kick:
          type: hangup
          cause: normal
        after-refusal:
          type: hangup
          cause: busy
        bye:
          type: hangup
      ---
      flow: small
      start: join
      steps:
        join:
          type: conference
          room: small
          role: plain
          next: bye
        bye:
          type: hangup
      ---
      flow: agent-call
      start: connect
      steps:
        connect:
          type: dial
          targets: Local/answer@answer-wait
          on: { busy: bye, noanswer: bye, failed: bye }
          next: bye
        bye:
          type: hangup
      ---
      flow: greet
      start: hello
      steps:
        hello:
          type: play
          media: sound:hello-world
          next: bye
        bye:
          type: hangup
      ---
      flow: spy
      start: watch
      steps:
        watch:
          type: supervise
          target: Local/answer@answer-wait
          identity: "${call.caller.number}"
          next: bye
        bye:
          type: hangup
      """;

  private ConferenceFiles() {
  }
}
