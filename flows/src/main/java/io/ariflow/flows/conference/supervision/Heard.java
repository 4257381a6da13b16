package io.ariflow.flows.conference.supervision;

/**
 * One audio path between people: {@code listener} hears {@code speaker}.
 *
 * @param listener the party's channel that hears
 * @param speaker the party's channel heard
 */
public record Heard(String listener, String speaker) {
}
