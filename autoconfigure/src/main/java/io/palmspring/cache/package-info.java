/**
 * The cache service every server runs (set, get, delete over REQ/REP), its store and
 * a client for it.
 */
@NullMarked
package io.palmspring.cache;

import org.jspecify.annotations.NullMarked;
