/** The ARI REST surface on {@code /ari/...}: routes, authentication, boot phases and REST faults. */
package io.ariflow.sim.http;
