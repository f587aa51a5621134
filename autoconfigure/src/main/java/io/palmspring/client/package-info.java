/**
 * The Java PALM client: eval, job, set, get and delete against a server or master.
 */
@NullMarked
package io.palmspring.client;

import org.jspecify.annotations.NullMarked;
