/**
 * The Worker role: runs {@code @UserFunction}s on jobs from a master and sends the
 * results back; finds the master through its cache.
 */
@NullMarked
package io.palmspring.worker;

import org.jspecify.annotations.NullMarked;
