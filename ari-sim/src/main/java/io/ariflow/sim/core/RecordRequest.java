package io.ariflow.sim.core;

/** Parameters of {@code POST /channels/{id}/record} and {@code POST /bridges/{id}/record}. */
public record RecordRequest(
    String name,
    String format,
    int maxDurationSeconds,
    int maxSilenceSeconds,
    String ifExists,
    boolean beep,
    String terminateOn) {}
