/**
 * The collector's HTTP API and web page.
 */
@NullMarked
package io.palmspring.logging.collector.web;

import org.jspecify.annotations.NullMarked;
