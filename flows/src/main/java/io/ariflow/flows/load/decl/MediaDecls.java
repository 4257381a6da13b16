package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.spec.IfExists;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.PlaySpec;
import io.ariflow.flows.spec.RecordSpec;
import io.ariflow.flows.spec.TerminateOn;
import java.time.Duration;
import java.util.List;

/** Declarations of the media steps play and record ({@code say} has its own class). */
final class MediaDecls {

  static final Field<Template> LANG = Field.optional("lang", TextKinds.template(),
      "language of the prompts (default: the channel's)");

  private static final Field<List<MediaRef>> MEDIA = Field.required("media", MediaKinds.mediaList(),
      "what to play: sound:, recording:, digits:, number:, characters:, tone: entries");
  private static final Field<Integer> LOOPS = Field.withDefault("loops", ScalarKinds.integer(1), 1,
      "how many times to play the whole list");
  private static final Field<Boolean> BARGE_IN = Field.withDefault("bargeIn", ScalarKinds.bool(), false,
      "a DTMF digit stops the prompt (outcome interrupted) and is kept for the next gather or menu");
  private static final Field<Boolean> EARLY_MEDIA = Field.withDefault("earlyMedia", ScalarKinds.bool(), false,
      "play before the channel is answered");

  private static final Field<Template> NAME = Field.required("name", TextKinds.template(),
      "the recording name, e.g. vm-${call.id}");
  private static final Field<String> FORMAT = Field.withDefault("format", ScalarKinds.choice(Choices.of(
      List.of("wav", "wav16", "gsm", "ulaw", "alaw", "sln", "sln16", "g722", "ogg"))), "wav", "file format");
  private static final Field<Duration> MAX_DURATION = Field.optional("maxDuration", ScalarKinds.duration(),
      "longest recording (default: no limit)");
  private static final Field<Duration> MAX_SILENCE = Field.optional("maxSilence", ScalarKinds.duration(),
      "silence that ends the recording (default: none)");
  private static final Field<Boolean> BEEP = Field.withDefault("beep", ScalarKinds.bool(), false,
      "beep before recording");
  private static final Field<TerminateOn> TERMINATE_ON = Field.withDefault("terminateOn",
      ScalarKinds.choice(Choices.of(TerminateOn.class, TerminateOn::ari)), TerminateOn.NONE,
      "the DTMF that stops the recording");
  private static final Field<IfExists> IF_EXISTS = Field.withDefault("ifExists",
      ScalarKinds.choice(Choices.of(IfExists.class, IfExists::ari)), IfExists.FAIL,
      "what to do when a recording of that name exists");
  private static final Field<Duration> MIN_DURATION = Field.optional("minDuration", ScalarKinds.duration(),
      "shorter recordings produce outcome tooShort");

  private MediaDecls() {
  }

  static List<StepDecl> all() {
    return List.of(
        new StepDecl("play", "Plays a media list.", List.of(MEDIA, LANG, LOOPS, BARGE_IN, EARLY_MEDIA),
            f -> new PlaySpec(f.common(), f.get(MEDIA), f.optional(LANG), f.get(LOOPS), f.get(BARGE_IN),
                f.get(EARLY_MEDIA))),
        SayDecl.decl(),
        new StepDecl("record", "Records the caller (e.g. a voicemail).", List.of(NAME, FORMAT, MAX_DURATION,
            MAX_SILENCE, BEEP, TERMINATE_ON, IF_EXISTS, MIN_DURATION),
            f -> new RecordSpec(f.common(), f.get(NAME), f.get(FORMAT), f.optional(MAX_DURATION),
                f.optional(MAX_SILENCE), f.get(BEEP), f.get(TERMINATE_ON), f.get(IF_EXISTS),
                f.optional(MIN_DURATION))));
  }
}
