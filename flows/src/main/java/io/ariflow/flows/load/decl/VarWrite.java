package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.Location;

/**
 * A flow variable a step sets ({@code set}, {@code into}), for the undefined-variable check.
 *
 * @param name the variable
 * @param location where the name is written
 */
public record VarWrite(String name, Location location) {
}
