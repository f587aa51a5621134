/**
 * The Master role: scatter inbound messages to workers as jobs and gather their
 * results into replies, through user hooks.
 */
@NullMarked
package io.palmspring.master;

import org.jspecify.annotations.NullMarked;
