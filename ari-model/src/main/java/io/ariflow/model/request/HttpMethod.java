package io.ariflow.model.request;

/** The HTTP methods ARI uses; kept here so the model needs nothing but Jackson. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  DELETE
}
