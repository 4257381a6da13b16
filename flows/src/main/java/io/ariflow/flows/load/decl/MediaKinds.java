package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.MediaScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Media lists: {@code scheme:resource} entries whose scheme is checked at load time and whose resource is a
 * template. Literal {@code sound:} names are noted for the unknown-prompt warning.
 */
public final class MediaKinds {

  private static final List<String> SCHEMES = Arrays.stream(MediaScheme.values()).map(MediaScheme::prefix)
      .toList();
  private static final String EXPECTED = "media such as sound:welcome (schemes: " + String.join(", ", SCHEMES)
      + ")";

  private MediaKinds() {
  }

  /** One media entry or a list of them. */
  public static Kind<List<MediaRef>> mediaList() {
    return new ListOf<>(media(), "a media entry or a list of them");
  }

  /** One media entry. */
  public static Kind<MediaRef> media() {
    String pattern = "^(" + String.join("|", SCHEMES) + "):.+$";
    return new ScalarKind<>(EXPECTED, Schemas.pattern(pattern), MediaKinds::read);
  }

  private static Optional<MediaRef> read(YamlScalar s, String field, ReadContext context) {
    String text = s.text();
    int colon = text.indexOf(':');
    if (s.type() != ScalarType.STRING || colon <= 0) {
      String hint = s.type() == ScalarType.STRING ? "; write sound:" + text + " for a prompt" : "";
      context.error(s, Messages.wrong(field, EXPECTED, s) + hint);
      return Optional.empty();
    }
    String prefix = text.substring(0, colon);
    Optional<MediaScheme> scheme = MediaScheme.fromPrefix(prefix);
    if (scheme.isEmpty()) {
      context.error(s, "'" + field + "': unknown media scheme '" + prefix + "' (schemes: "
          + String.join(", ", SCHEMES) + ")" + DidYouMean.hint(prefix, SCHEMES));
      return Optional.empty();
    }
    return ExprSyntax.template(s, colon + 1, field, context).map(resource -> {
      if (scheme.get() == MediaScheme.SOUND && resource.isConstant()) {
        context.sound(resource.constantText(), s.locationAt(colon + 1));
      }
      return new MediaRef(scheme.get(), resource);
    });
  }
}
