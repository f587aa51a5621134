/**
 * The PALM wire contract: {@code PalmMessage} coding, step parsing of {@code function},
 * cache keys, error replies and reply topics.
 */
@NullMarked
package io.palmspring.protocol;

import org.jspecify.annotations.NullMarked;
