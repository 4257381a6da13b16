package io.ariflow.app.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.AudioDirection;
import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.command.VolumeDirection;
import io.ariflow.model.request.AriRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each domain command becomes the ARI request its record names, with the parameters the traces show. */
class AriRequestsTest {

  @Test
  void roomCommandsBecomeBridgeRequests() {
    assertRequest("POST /bridges/b-1", Map.of("type", "mixing", "name", "team-1"),
        new Command.CreateBridge("b-1", "team-1"));
    assertRequest("POST /bridges/b-1/addChannel", Map.of("channel", "c-1"), new Command.AddToBridge("b-1", "c-1"));
    assertRequest("POST /bridges/b-1/record", Map.of("name", "conf-1", "format", "wav", "ifExists", "fail"),
        new Command.StartRecording("b-1", "conf-1", "wav"));
    assertRequest("POST /recordings/live/conf-1/stop", Map.of(), new Command.StopRecording("conf-1"));
    assertRequest("POST /bridges/b-1/moh", Map.of("mohClass", "default"),
        new Command.StartMoh(Target.bridge("b-1"), "default"));
    assertRequest("DELETE /channels/c-1/moh", Map.of(), new Command.StopMoh(Target.channel("c-1")));
    assertRequest("POST /bridges/b-1/play/p-1", Map.of("media", "sound:conf-onlyperson"),
        new Command.Play("p-1", Target.bridge("b-1"), List.of("sound:conf-onlyperson")));
  }

  @Test
  void memberCommandsMuteOnlyWhatTheMemberSaysAndSetVariablesForVolumeAndTalkDetection() {
    assertRequest("POST /channels/c-1/mute", Map.of("direction", "in"), new Command.Mute("c-1"));
    assertRequest("DELETE /channels/c-1/mute", Map.of("direction", "in"), new Command.Unmute("c-1"));
    assertRequest("POST /channels/c-1/variable", Map.of("variable", "VOLUME(TX)", "value", "2"),
        new Command.SetVolume("c-1", VolumeDirection.LISTEN, 2));
    assertRequest("POST /channels/c-1/variable", Map.of("variable", "TALK_DETECT(set)", "value", "2500,160"),
        new Command.EnableTalkDetection("c-1", 2500, 160));
  }

  @Test
  void snoopsCarryTheirDirectionsAndDialOutsOurIdInOurApplication() {
    assertRequest("POST /channels/agent-1/snoop/s-1",
        Map.of("spy", "both", "whisper", "out", "app", "ariflow", "appArgs", "ariflow:snoop"),
        new Command.CreateSnoop("s-1", "agent-1", AudioDirection.BOTH, AudioDirection.OUT));
    assertRequest("POST /channels/d-1", Map.of("endpoint", "PJSIP/201", "app", "ariflow", "appArgs",
        "conference:team-1", "timeout", "30", "callerId", "\"Team\" <500>"),
        new Command.Dial("d-1", "PJSIP/201", new CallerId("Team", "500"), Duration.ofSeconds(30), "conference:team-1"));
    assertRequest("DELETE /channels/c-1", Map.of("reason", "normal"), new Command.HangUp("c-1", "normal"));
  }

  @Test
  void timersAreNotAriRequests() {
    assertTrue(AriRequests.of(new Command.ArmTimer(TimerKey.of("drain", "b-1"), Duration.ofSeconds(5)), "ariflow")
        .isEmpty());
    assertTrue(AriRequests.of(new Command.RunFlow("c-1", "welcome"), "ariflow").isEmpty());
  }

  private static void assertRequest(String methodAndPath, Map<String, String> query, Command command) {
    AriRequest<?> request = AriRequests.of(command, "ariflow").orElseThrow();
    assertEquals(methodAndPath, request.method() + " " + request.path(), command.toString());
    assertEquals(query, request.query(), command.toString());
  }
}
