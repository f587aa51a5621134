/**
 * User functions: the {@code @UserFunction} annotation, their discovery and registry,
 * and the dispatching of a message to one of them behind the error advice.
 */
@NullMarked
package io.palmspring.function;

import org.jspecify.annotations.NullMarked;
