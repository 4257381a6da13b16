/**
 * Offline flow tests: {@code *.test.yaml} files next to the flows describe calls (a caller, a script, stubs
 * for HTTP endpoints and dialled parties) and what must happen (path, prompts, variables, outcome,
 * timeline). {@link io.ariflow.app.flowtest.FlowTestRunner} runs each case against a fresh simulated
 * Asterisk and the real engine and flow hosting, over loopback, on virtual time; {@code ariflow test}
 * prints the report. See {@code flows/samples/README.md} for the format.
 */
package io.ariflow.app.flowtest;
