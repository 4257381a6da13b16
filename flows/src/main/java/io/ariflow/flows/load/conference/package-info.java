/**
 * Reads the conference declarations that live next to the flows: {@code rooms:} (rooms and room templates, their
 * bridge and user profiles and DTMF menus) and {@code supervision:} (groups, allow rules, keys). Every problem is
 * reported at once with file:line:col, including those {@code DeclarationCheck} finds on the built values.
 */
package io.ariflow.flows.load.conference;
