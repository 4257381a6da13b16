package io.ariflow.flows.spec;

/** The HTTP methods an {@code http} step may use. */
public enum HttpMethod {
  GET, POST, PUT, PATCH, DELETE, HEAD
}
