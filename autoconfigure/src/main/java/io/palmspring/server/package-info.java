/**
 * The Server role: its lifecycle announcement and events. The message flow itself is
 * assembled from {@code transport}, {@code protocol} and {@code function} parts by
 * the auto-configuration.
 */
@NullMarked
package io.palmspring.server;

import org.jspecify.annotations.NullMarked;
