package io.ariflow.flows.steps;

import io.ariflow.flows.spec.MediaRef;
import java.util.ArrayList;
import java.util.List;

/** Renders a flow's media list into ARI media URIs ({@code sound:welcome}, {@code digits:42}). */
public final class MediaUris {

  private MediaUris() {
  }

  /** Each entry's resource rendered as a template, with its scheme. */
  public static List<String> render(StepContext ctx, List<MediaRef> media) {
    List<String> uris = new ArrayList<>(media.size());
    for (MediaRef ref : media) {
      uris.add(ref.scheme().prefix() + ":" + ctx.render(ref.resource()));
    }
    return uris;
  }

  /** {@code uris} repeated {@code loops} times, played as one ARI playback. */
  public static List<String> repeat(List<String> uris, int loops) {
    List<String> all = new ArrayList<>(uris.size() * Math.max(1, loops));
    for (int i = 0; i < Math.max(1, loops); i++) {
      all.addAll(uris);
    }
    return all;
  }
}
