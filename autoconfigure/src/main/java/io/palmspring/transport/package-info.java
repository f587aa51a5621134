/**
 * JeroMQ sockets behind Spring Integration: endpoint parsing, binding with clear
 * errors, a blocking inbound adapter and a thread-safe outbound handler.
 */
@NullMarked
package io.palmspring.transport;

import org.jspecify.annotations.NullMarked;
