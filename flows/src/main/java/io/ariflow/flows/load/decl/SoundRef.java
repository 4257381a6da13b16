package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.Location;

/**
 * A literal {@code sound:} prompt name, for the unknown-prompt warning.
 *
 * @param name the prompt name ({@code welcome}, {@code digits/1})
 * @param location where it is written
 */
public record SoundRef(String name, Location location) {
}
