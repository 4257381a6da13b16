package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one test case over the file's shared caller, HTTP stubs and parties. */
final class CaseReader {

  private static final List<String> FIELDS = List.of("name", "caller", "at", "limit", "script", "http", "parties",
      "expect");

  private final Problems problems;
  private final CallerReader callers;
  private final ScriptReader scripts;
  private final HttpStubReader stubs;
  private final PartyReader parties;
  private final ExpectReader expectations;

  CaseReader(Problems problems) {
    this.problems = problems;
    this.callers = new CallerReader(problems);
    this.scripts = new ScriptReader(problems);
    this.stubs = new HttpStubReader(problems);
    this.parties = new PartyReader(problems);
    this.expectations = new ExpectReader(problems);
  }

  /** What the file gives every case: its caller, HTTP stubs and parties. */
  record Shared(CallerSpec caller, List<HttpStub> http, List<PartyStub> parties) {
  }

  Optional<TestCase> read(YamlNode node, int index, Shared shared) {
    return MapFields.of(node, "a test case", FIELDS, problems).map(f -> testCase(f, index, shared));
  }

  private TestCase testCase(MapFields f, int index, Shared shared) {
    String name = f.text("name").orElse("case " + index);
    CallerSpec caller = f.node("caller").map(n -> callers.read(n, shared.caller())).orElse(shared.caller());
    if (caller.flow().isEmpty()) {
      problems.error(f.location(), "the case '" + name + "' names no flow: write caller: {flow: <flow id>} in the "
          + "case, or once at the top of the file");
    }
    List<HttpStub> http = new ArrayList<>(f.list("http").map(stubs::read).orElse(List.of()));
    http.addAll(shared.http());
    Map<String, PartyStub> dialled = new LinkedHashMap<>();
    shared.parties().forEach(p -> dialled.put(p.target(), p));
    f.mapping("parties", "{\"104\": {answer-after: 3s}}").map(parties::read).orElse(List.of())
        .forEach(p -> dialled.put(p.target(), p));
    return new TestCase(name, f.location(), caller,
        f.list("script").map(scripts::read).orElse(List.of()), http, List.copyOf(dialled.values()),
        f.node("expect").map(expectations::read).orElse(Expectations.NONE),
        f.scalar("at").flatMap(this::instant), f.duration("limit").orElse(TestCase.DEFAULT_LIMIT));
  }

  private Optional<Instant> instant(YamlScalar at) {
    try {
      return Optional.of(OffsetDateTime.parse(at.text()).toInstant());
    } catch (DateTimeParseException e) {
      problems.error(at.location(), "'at' must be a date and time with its offset, e.g. 2026-11-23T09:30:00Z or "
          + "2026-11-23T09:30:00+01:00, not " + at.describe());
      return Optional.empty();
    }
  }
}
