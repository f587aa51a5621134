/**
 * The central log collector: receives the log events of every server, prints them,
 * writes them to rolling files, keeps the latest in memory and serves them to a web
 * page.
 */
@NullMarked
package io.palmspring.logging.collector;

import org.jspecify.annotations.NullMarked;
