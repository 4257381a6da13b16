/**
 * The step types as data: each field declared once with its kind, default and documentation. The loader
 * reads YAML through these declarations and the JSON Schema is generated from them, so the two cannot drift.
 */
package io.ariflow.flows.load.decl;
