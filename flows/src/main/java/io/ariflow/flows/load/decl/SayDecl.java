package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.expr.Templates;
import io.ariflow.flows.spec.SayKind;
import io.ariflow.flows.spec.SaySpec;
import io.ariflow.flows.spec.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Declaration of {@code say}: exactly one of digits, number, characters, date; a format only with a date. */
final class SayDecl {

  private static final Map<SayKind, Field<Template>> VALUES = Map.of(
      SayKind.DIGITS, Field.optional("digits", TextKinds.template(), "digits to say one by one"),
      SayKind.NUMBER, Field.optional("number", TextKinds.template(), "a number to say as a number"),
      SayKind.CHARACTERS, Field.optional("characters", TextKinds.template(), "text to spell"),
      SayKind.DATE, Field.optional("date", TextKinds.template(), "an ISO date/time to say"));
  private static final Field<String> FORMAT = Field.optional("format", ScalarKinds.text("a format such as ABdY"),
      "how to say a date, as SayUnixTime's format (e.g. ABdY)");

  private SayDecl() {
  }

  static StepDecl decl() {
    List<Field<?>> fields = new ArrayList<>();
    for (SayKind kind : SayKind.values()) {
      fields.add(VALUES.get(kind));
    }
    fields.add(FORMAT);
    fields.add(MediaDecls.LANG);
    return new StepDecl("say", "Says digits, a number, characters or a date.", fields, SayDecl::build);
  }

  private static StepSpec build(StepFields f) {
    List<SayKind> given = new ArrayList<>();
    for (SayKind kind : SayKind.values()) {
      if (f.written(VALUES.get(kind))) {
        given.add(kind);
      }
    }
    if (given.size() != 1) {
      f.context().error(f.common().location(), "a say step needs exactly one of digits, number, characters, date"
          + (given.isEmpty() ? "" : " (found " + given.size() + ")"));
    }
    SayKind kind = given.isEmpty() ? SayKind.DIGITS : given.get(0);
    if (f.written(FORMAT) && kind != SayKind.DATE) {
      f.context().error(f.nodeOf(FORMAT), "'format' applies to date only: remove it or say a date");
    }
    Template value = f.optional(VALUES.get(kind)).orElseGet(() -> Templates.parse(""));
    return new SaySpec(f.common(), kind, value, f.optional(FORMAT), f.optional(MediaDecls.LANG));
  }
}
