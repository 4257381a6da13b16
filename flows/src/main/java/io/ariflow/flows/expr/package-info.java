/**
 * The flow expression and template language: {@link io.ariflow.flows.expr.Expressions#parse} and
 * {@link io.ariflow.flows.expr.Templates#parse} run once when a flow loads (every syntax error with its
 * offset), then the parsed trees are evaluated many times per call against a {@link io.ariflow.flows.expr.Scope}.
 */
package io.ariflow.flows.expr;
