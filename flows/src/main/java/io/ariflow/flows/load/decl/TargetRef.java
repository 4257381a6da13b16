package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.Location;

/**
 * A step id written somewhere in a step (next, on, choices, cases, goto), for the "no such step" check.
 *
 * @param via where it was written ({@code next}, {@code on.busy}, {@code choices.1})
 * @param target the step id
 * @param location where the id is written
 */
public record TargetRef(String via, String target, Location location) {
}
