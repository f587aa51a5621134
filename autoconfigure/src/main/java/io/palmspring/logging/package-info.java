/**
 * Logging of PALM servers: each logs under its own name, in pylm's console format,
 * at the level {@code palm.logging.level} sets.
 */
@NullMarked
package io.palmspring.logging;

import org.jspecify.annotations.NullMarked;
