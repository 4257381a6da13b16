package io.ariflow.app.config;

/**
 * How the engine treats calls it cannot handle normally.
 *
 * @param lostChannelPolicy what to do with channels found in Stasis after a reconnect whose handling was lost
 */
public record EngineSettings(LostChannelPolicy lostChannelPolicy) {}
