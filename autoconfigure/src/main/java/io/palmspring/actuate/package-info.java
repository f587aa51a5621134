/**
 * Actuator support: health of each role's sockets and peers, and an info contributor.
 */
@NullMarked
package io.palmspring.actuate;

import org.jspecify.annotations.NullMarked;
