/**
 * Auto-configuration of Palm Spring: one auto-configuration and one properties class
 * per role.
 */
@NullMarked
package io.palmspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
