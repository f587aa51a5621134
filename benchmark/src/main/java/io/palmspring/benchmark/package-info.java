/**
 * Benchmarks that compare Palm Spring with raw JeroMQ in one run and print figures.
 */
package io.palmspring.benchmark;
