package io.ariflow.flows.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The prompt names a {@code sound:} entry may use without a warning: Asterisk's English core prompts (from
 * the bundled {@code sounds-en.tsv}) plus the users' own prompts given to the loader.
 */
public final class Sounds {

  private static final String RESOURCE = "/io/ariflow/flows/sounds-en.tsv";

  private final Set<String> names;

  private Sounds(Set<String> names) {
    this.names = Collections.unmodifiableSet(names);
  }

  /** The English core prompts plus {@code extra}. */
  public static Sounds englishPlus(Set<String> extra) {
    Set<String> names = new LinkedHashSet<>(english());
    names.addAll(extra);
    return new Sounds(names);
  }

  /** Whether {@code name} is a known prompt. */
  public boolean contains(String name) {
    return names.contains(name);
  }

  /** Every known prompt name. */
  public Set<String> names() {
    return names;
  }

  private static Set<String> english() {
    try (InputStream in = Sounds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static Set<String> parse(BufferedReader reader) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    String line = reader.readLine();
    while ((line = reader.readLine()) != null) {
      int tab = line.indexOf('\t');
      String name = (tab < 0 ? line : line.substring(0, tab)).trim();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
