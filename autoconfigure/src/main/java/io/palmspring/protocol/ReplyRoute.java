package io.palmspring.protocol;

/**
 * Where an outgoing reply is published: the topic frame and the message after it.
 *
 * @param topic the topic, a client id or a server name
 * @param message the message to publish
 * @since 0.1.0
 */
public record ReplyRoute(String topic, PalmMessage message) {
}
