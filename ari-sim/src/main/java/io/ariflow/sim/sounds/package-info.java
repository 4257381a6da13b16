/** The prompt catalog: ids, languages, formats and durations. */
package io.ariflow.sim.sounds;
