package io.ariflow.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Creates the ObjectMapper every ariflow module uses for ARI JSON, so that tolerance is configured once:
 * fields a newer Asterisk adds are ignored, absent values stay absent on write (so a decoded object
 * re-encodes to what Asterisk sent), and empty records such as {@code Dialed} serialise as {@code {}}.
 */
public final class AriJson {

  private AriJson() {}

  /** A new, fully configured mapper; callers own it (mappers are thread-safe once configured). */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
