package io.ariflow.app.cli;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.steps.CustomStepType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ariflow validate <files or dirs>}: loads flows exactly as the engine would and prints every problem
 * like a compiler ({@code file:line:col: error: message}), so CI and editors catch mistakes before a call
 * does. Exits 0 when there is no error (warnings allowed), 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check flow files (YAML) and print every problem as file:line:col.")
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "flow files or directories (searched recursively; *.test.yaml are skipped)")
  List<Path> paths;

  @Option(names = "--sounds", paramLabel = "FILE",
      description = "a file listing your own prompt names, one per line, accepted in sound: entries")
  Path sounds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    LoadResult result = new FlowLoader(new LoaderOptions(extraSounds(), customTypes())).load(paths);
    result.problems().forEach(p -> out.println(p.format()));
    out.println(summary(result));
    out.flush();
    return result.hasErrors() ? 1 : 0;
  }

  private Set<String> extraSounds() throws IOException {
    if (sounds == null) {
      return Set.of();
    }
    return Files.readAllLines(sounds, StandardCharsets.UTF_8).stream().map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
  }

  private static List<CustomStepType> customTypes() {
    return ServiceLoader.load(CustomStepType.class).stream().map(ServiceLoader.Provider::get).toList();
  }

  private static String summary(LoadResult result) {
    int files = result.catalog().files().size();
    int flows = result.catalog().size();
    String loaded = flows + plural(flows, " flow") + " valid in " + files + plural(files, " file");
    if (result.problems().isEmpty()) {
      return "ok: " + loaded;
    }
    int errors = result.errors().size();
    int warnings = result.warnings().size();
    return errors + plural(errors, " error") + ", " + warnings + plural(warnings, " warning") + "; " + loaded;
  }

  private static String plural(int count, String noun) {
    return count == 1 ? noun : noun + "s";
  }
}
