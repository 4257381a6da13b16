package io.ariflow.app.ari.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Turns request bodies into JSON and 2xx answers into the request's response type. An answer that
 * does not decode is a {@link ServerError} naming the problem, never a null result.
 */
final class AriBodyCodec {

  /** Asterisk reads at most this many body bytes (MAX_CONTENT_LENGTH in main/http.c) and drops the rest. */
  static final int MAX_BODY_BYTES = 4096;

  private final ObjectMapper mapper;

  AriBodyCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Buffer encode(AriExchange exchange, Object body) {
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest(exchange, "the body could not be encoded as JSON: "
          + e.getOriginalMessage(), e);
    }
    if (json.length > MAX_BODY_BYTES) {
      throw new BadRequest(exchange, "the JSON body is " + json.length + " bytes; Asterisk accepts"
          + " at most " + MAX_BODY_BYTES, null);
    }
    return Buffer.buffer(json);
  }

  @SuppressWarnings("unchecked")
  <R> R decode(AriExchange answered, TypeReference<R> responseType, Buffer body) {
    Type type = responseType.getType();
    if (type == Void.class) {
      return null;
    }
    if (type == byte[].class) {
      return (R) (body == null ? new byte[0] : body.getBytes());
    }
    if (body == null || body.length() == 0) {
      throw new ServerError(answered, "empty body where " + type.getTypeName() + " was expected");
    }
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    try {
      return mapper.readValue(body.getBytes(), javaType);
    } catch (IOException e) {
      throw new ServerError(answered.answered(answered.status(), body.toString()),
          "the body does not decode as " + type.getTypeName() + ": " + firstLine(e), e);
    }
  }

  private static String firstLine(IOException e) {
    String message = e instanceof JsonProcessingException json
        ? json.getOriginalMessage() : e.getMessage();
    return String.valueOf(message).lines().findFirst().orElse("");
  }
}
