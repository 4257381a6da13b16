/**
 * What a flow file says, as immutable values: one record per step type, typed fields, the outcomes each
 * step can produce. The loader builds these; the interpreter reads them and never sees YAML.
 */
package io.ariflow.flows.spec;
