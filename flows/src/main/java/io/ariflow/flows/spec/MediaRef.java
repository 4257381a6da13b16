package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Objects;

/**
 * One entry of a media list ({@code sound:welcome}, {@code digits:${call.extension}}): the scheme is fixed at
 * load time, the resource is a template evaluated when the step runs.
 *
 * @param scheme the ARI media scheme
 * @param resource the part after the colon, a template
 */
public record MediaRef(MediaScheme scheme, Template resource) {

  /** Rejects nulls. */
  public MediaRef {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(resource, "resource");
  }

  /** The entry as written in the flow file. */
  public String source() {
    return scheme.prefix() + ":" + resource.text();
  }
}
