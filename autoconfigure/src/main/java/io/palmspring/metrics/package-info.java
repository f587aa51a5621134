/**
 * Micrometer meters of PALM roles: names, tags and binders. Wired by
 * {@code io.palmspring.autoconfigure.metrics} only when a {@code MeterRegistry} exists.
 */
@NullMarked
package io.palmspring.metrics;

import org.jspecify.annotations.NullMarked;
