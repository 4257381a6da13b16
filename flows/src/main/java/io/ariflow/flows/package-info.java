/** flows. */
package io.ariflow.flows;
