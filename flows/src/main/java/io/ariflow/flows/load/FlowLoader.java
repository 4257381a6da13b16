package io.ariflow.flows.load;

import io.ariflow.flows.load.conference.DeclarationsReader;
import io.ariflow.flows.load.decl.StepDecls;
import io.ariflow.flows.load.queue.QueueDeclarations;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlReader;
import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.flows.spec.ReturnSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads flow files into a validated {@link FlowCatalog}, reporting every problem at once with file:line:col.
 * Plain blocking Java: run it off the event loop. A flow with any error stays out of the catalog; warnings
 * do not keep it out. A document with {@code rooms:} or {@code supervision:} instead of {@code flow:} declares
 * conference rooms or supervision rules, one with {@code queue:} a queue ({@link Declarations}).
 */
public final class FlowLoader {

  private final StepDecls decls;
  private final Sounds sounds;

  /** A loader with the given extra prompts and custom step types. */
  public FlowLoader(LoaderOptions options) {
    this.decls = StepDecls.withCustom(options.customTypes());
    this.sounds = Sounds.englishPlus(options.extraSounds());
  }

  /** A loader with no extra prompts and no custom step types. */
  public FlowLoader() {
    this(LoaderOptions.defaults());
  }

  /** Loads files and directories (recursively: {@code *.yaml}, {@code *.yml}, not {@code *.test.yaml}). */
  public LoadResult load(List<Path> paths) {
    Problems problems = new Problems();
    FlowFiles.Found found = FlowFiles.find(paths, problems);
    return loadTexts(found.texts(), found.files(), problems);
  }

  /** Loads in-memory sources: file name -> YAML text, in order (tests, editors, an HTTP upload). */
  public LoadResult loadTexts(Map<String, String> sources) {
    return loadTexts(sources, List.of(), new Problems());
  }

  private LoadResult loadTexts(Map<String, String> sources, List<Path> files, Problems problems) {
    List<FlowDraft> drafts = new ArrayList<>();
    FlowReader reader = new FlowReader(decls);
    DeclarationsReader declared = new DeclarationsReader(problems);
    QueueDeclarations queues = new QueueDeclarations(problems);
    sources.forEach((file, text) -> {
      for (YamlNode document : YamlReader.read(file, text, problems)) {
        if (QueueDeclarations.isQueue(document)) {
          queues.read((YamlMap) document);
        } else if (DeclarationsReader.isDeclaration(document)) {
          declared.read((YamlMap) document);
        } else {
          reader.read(file, document, problems).ifPresent(drafts::add);
        }
      }
    });
    Declarations declarations = declared.finish().withQueues(queues.finish());
    Map<String, FlowDraft> byId = DuplicateIds.check(drafts);
    drafts.forEach(this::checkOne);
    drafts.forEach(draft -> RoomCheck.check(draft, declarations.rooms(), declared.names()));
    drafts.forEach(draft -> QueueCheck.check(draft, declarations.queues(), queues.names()));
    drafts.forEach(d -> VariableCheck.check(d, id -> returnsOf(byId.get(id))));
    CallCheck.check(drafts, byId);
    Map<String, FlowSpec> flows = new LinkedHashMap<>();
    for (FlowDraft draft : drafts) {
      problems.addAll(draft.problems().toList());
      draft.toSpec().ifPresent(spec -> flows.put(spec.id(), spec));
    }
    return new LoadResult(new FlowCatalog(flows, files, declarations), problems.toList());
  }

  private void checkOne(FlowDraft draft) {
    TargetCheck.check(draft);
    GraphCheck.check(draft);
    SoundCheck.check(draft, sounds);
  }

  /** The names a flow's return steps hand back, empty when the flow is unknown or broken. */
  private static Optional<Set<String>> returnsOf(FlowDraft callee) {
    if (callee == null || !callee.complete()) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    callee.built().values().stream().filter(ReturnSpec.class::isInstance)
        .forEach(r -> names.addAll(((ReturnSpec) r).values().keySet()));
    return Optional.of(names);
  }
}
