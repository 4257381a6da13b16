/**
 * The ports through which flows reach Asterisk, time, HTTP and id generation. The app implements them on ARI
 * and Vert.x; tests implement them with fakes. Every operation returns a {@code Future} and takes ids we
 * generated, so a caller can register its waiters before it sends the command.
 */
package io.ariflow.flows.port;
