package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.Matcher;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.MenuChoice;
import io.ariflow.flows.spec.MenuSpec;
import io.ariflow.flows.spec.StepSpec;
import java.util.List;
import java.util.Optional;

/** Declaration of {@code menu}: choices with retries, optional direct dial and back key. */
final class MenuDecl {

  private static final Field<List<MediaRef>> PROMPT = Field.required("prompt", MediaKinds.mediaList(),
      "the menu prompt (barge-in)");
  private static final Field<List<MenuChoice>> CHOICES = Field.required("choices", RefKinds.choices(),
      "key -> step: \"1\": sales, \"/[3-5]/\": other; the first match wins");
  private static final Field<List<MediaRef>> INVALID_PROMPT = Field.withDefault("invalidPrompt",
      MediaKinds.mediaList(), List.of(), "played after an invalid entry, before the menu repeats");
  private static final Field<List<MediaRef>> NO_INPUT_PROMPT = Field.withDefault("noInputPrompt",
      MediaKinds.mediaList(), List.of(), "played after a silent try, before the menu repeats");
  private static final Field<List<MediaRef>> EXIT_PROMPT = Field.withDefault("exitPrompt",
      MediaKinds.mediaList(), List.of(), "played after the last failed try");
  private static final Field<Integer> MAX_INVALID = Field.withDefault("maxInvalid", ScalarKinds.integer(1), 3,
      "invalid entries before outcome invalid");
  private static final Field<Integer> MAX_NO_INPUT = Field.withDefault("maxNoInput", ScalarKinds.integer(1), 3,
      "silent tries before outcome noinput");
  private static final Field<Integer> MAX_DIGITS = Field.withDefault("maxDigits", ScalarKinds.integer(1), 1,
      "digits per entry");
  private static final Field<Matcher> DIRECT_DIAL = Field.optional("directDial", MatchKinds.regex(),
      "digits matching this pattern (e.g. 1\\d{3}) produce outcome direct");
  private static final Field<String> BACK = Field.optional("back", ScalarKinds.key(),
      "the key that produces outcome back (e.g. *)");

  private MenuDecl() {
  }

  static StepDecl decl() {
    return new StepDecl("menu", "A DTMF menu with retries.", List.of(PROMPT, CHOICES, INVALID_PROMPT,
        NO_INPUT_PROMPT, EXIT_PROMPT, MAX_INVALID, MAX_NO_INPUT, InputDecls.FIRST_DIGIT, InputDecls.INTER_DIGIT,
        MAX_DIGITS, InputDecls.TERMINATOR, DIRECT_DIAL, BACK), MenuDecl::build);
  }

  private static StepSpec build(StepFields f) {
    int maxDigits = f.get(MAX_DIGITS);
    Optional<Matcher> directDial = f.optional(DIRECT_DIAL);
    for (MenuChoice choice : f.get(CHOICES)) {
      if (choice.matcher() instanceof Matcher.Exact exact && exact.value().length() > maxDigits
          && directDial.isEmpty()) {
        f.context().error(f.nodeOf(CHOICES), "choice \"" + exact.value() + "\" has " + exact.value().length()
            + " digits but the menu reads " + maxDigits + ": set maxDigits: " + exact.value().length());
      }
      f.optional(BACK).filter(choice.matcher()::matches).ifPresent(b -> f.context().error(f.nodeOf(BACK),
          "'back' key " + b + " is also choice \"" + choice.key() + "\": pick another key"));
    }
    return new MenuSpec(f.common(), f.get(PROMPT), f.get(CHOICES), f.get(INVALID_PROMPT),
        f.get(NO_INPUT_PROMPT), f.get(EXIT_PROMPT), f.get(MAX_INVALID), f.get(MAX_NO_INPUT),
        f.get(InputDecls.FIRST_DIGIT), f.get(InputDecls.INTER_DIGIT), maxDigits, InputDecls.terminator(f),
        directDial, f.optional(BACK));
  }
}
