package io.ariflow.model.conformance;

import io.ariflow.model.request.PathSegment;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Traces record paths with ids unescaped; matching needs each segment encoded as a client sends it. */
final class TracePaths {

  private TracePaths() {}

  static String encode(String recordedPath) {
    return Arrays.stream(recordedPath.split("/", -1)).map(PathSegment::encode).collect(Collectors.joining("/"));
  }
}
