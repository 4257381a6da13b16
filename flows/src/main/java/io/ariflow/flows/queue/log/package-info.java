/**
 * queue_log compatibility: {@link io.ariflow.flows.queue.log.QueueLogEvent} names every event app_queue
 * writes with its fields, {@link io.ariflow.flows.queue.log.QueueLogFormat} produces the exact line, and
 * {@link io.ariflow.flows.queue.log.QueueLog} is the port the app implements with a file writer.
 */
package io.ariflow.flows.queue.log;
