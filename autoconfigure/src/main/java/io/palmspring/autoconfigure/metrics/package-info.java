/**
 * Metrics wiring, apart from the roles as Spring Boot keeps it.
 */
@NullMarked
package io.palmspring.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
