/**
 * Call pickup on ARI: the one pickup board of the engine ({@link io.ariflow.app.pickup.PickupHost}), the ringing
 * calls dials and queues offer on it, and the claims of {@code pickup} steps carried out in order.
 */
package io.ariflow.app.pickup;
