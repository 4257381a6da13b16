/** ari-sim. */
package io.ariflow.sim;
