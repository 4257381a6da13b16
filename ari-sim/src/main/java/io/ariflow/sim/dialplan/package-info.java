/** The simulator's dialplan: steps, the trace contexts, and user far ends in Java or YAML. */
package io.ariflow.sim.dialplan;
